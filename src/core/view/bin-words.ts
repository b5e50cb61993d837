import { isoDay } from "../reports/report-time";
import type { Timeline, TimelineBin } from "./timeline";

/**
 * A bar of the timeline in words: its days and its count, the reports known
 * to the day apart from the shares of those known only to the week or month.
 *
 * @example binWords({ day: 20375, exact: 3, spread: 0.43 }, timeline) // "2025-10-14: 3 reports + 0.4 shared from reports dated only to the week or month"
 */
export function binWords(bin: TimelineBin, { binDays, last }: Pick<Timeline, "binDays" | "last">): string {
  const end = Math.min(bin.day + binDays - 1, last);
  const days = end === bin.day ? isoDay(bin.day) : `${isoDay(bin.day)} to ${isoDay(end)}`;
  const exact = `${bin.exact} ${bin.exact === 1 ? "report" : "reports"}`;
  if (bin.spread <= 0) return `${days}: ${exact}`;
  const share = bin.spread < 0.05 ? "under 0.1" : bin.spread.toFixed(1);
  return `${days}: ${exact} + ${share} shared from reports dated only to the week or month`;
}
