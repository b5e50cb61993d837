import type { ReportProperties } from "../reports/report";
import { dayNumber, isoDay, reportDays } from "../reports/report-time";

/**
 * The timeline under the map: reports per day (or per week when the period
 * is long). A report known to the day counts whole in its bin; one known only
 * to the week or month is spread over the days it may fall on (so no false
 * day stands out), and drawn apart, lighter, so the two can be told apart.
 */
export interface TimelineBin {
  /** First day of the bin (days since 1970). */
  day: number;
  /** Reports known to the day. */
  exact: number;
  /** Shares of reports known only to the week or month. */
  spread: number;
}

export interface Timeline {
  bins: TimelineBin[];
  /** Days a bin covers: 1 or 7. */
  binDays: number;
  first: number;
  last: number;
}

/** Longer periods than this are drawn a week a bin. */
export const DAILY_UP_TO_DAYS = 180;

export function buildTimeline(reports: readonly Pick<ReportProperties, "event_date" | "time_precision">[]): Timeline | null {
  const spans = reports.map((p) => reportDays(p.event_date, p.time_precision));
  return timelineOf(spans.length, (i) => spans[i]!, (i) => reports[i]!.time_precision === 1);
}

/**
 * The same from day spans already known (the store makes them once per
 * dataset): the reports numbered 0 to `count - 1` that `include` keeps, each
 * with its span and whether it is known to the day.
 */
export function timelineOf(
  count: number,
  spanOf: (index: number) => readonly [number, number],
  exact: (index: number) => boolean,
  include: (index: number) => boolean = () => true,
): Timeline | null {
  let [first, last] = [Infinity, -Infinity];
  for (let i = 0; i < count; i++) {
    if (!include(i)) continue;
    const [a, b] = spanOf(i);
    if (a < first) first = a;
    if (b > last) last = b;
  }
  if (first === Infinity) return null;
  const binDays = last - first + 1 > DAILY_UP_TO_DAYS ? 7 : 1;
  const n = Math.floor((last - first) / binDays) + 1;
  const bins: TimelineBin[] = Array.from({ length: n }, (_, i) => ({ day: first + i * binDays, exact: 0, spread: 0 }));
  for (let i = 0; i < count; i++) {
    if (!include(i)) continue;
    const [a, b] = spanOf(i);
    if (exact(i)) {
      bins[Math.floor((a - first) / binDays)]!.exact += 1;
      continue;
    }
    const share = 1 / (b - a + 1);
    for (let d = a; d <= b; d++) bins[Math.floor((d - first) / binDays)]!.spread += share;
  }
  return { bins, binDays, first, last };
}

/** The window of `widthDays` days that playback shows at a step: [from, to] as `YYYY-MM-DD`. */
export function playWindow(startDay: number, widthDays: number): [string, string] {
  return [isoDay(startDay), isoDay(startDay + widthDays - 1)];
}

/** The next start of the playback window, `stepDays` on; null past the end. */
export function nextPlayStart(startDay: number, stepDays: number, last: number): number | null {
  const next = startDay + stepDays;
  return next > last ? null : next;
}

export { dayNumber, isoDay };
