import type { EventSummary } from "./events";
import type { FigureRange, GroupRange } from "./event-casualties";
import { groupLabel } from "../reports/victim-groups";

/** "4–20 killed", "5 killed", "21+ killed", or null where no source gives a figure. */
export function formatRange(range: FigureRange | null, noun: string): string | null {
  if (!range) return null;
  const top = range.atLeast ? `${range.max}+` : String(range.max);
  return range.min === range.max ? `${top} ${noun}` : `${range.min}–${top} ${noun}`;
}

/** "Afghan civilians: 12–15 killed (sources disagree), 80+ injured"; a claim says so. */
export function formatGroupRange(g: GroupRange): string {
  const figure = (range: FigureRange | null, noun: string) => {
    const text = formatRange(range, noun);
    return text && range!.disagree && g.group !== "unstated" ? `${text} (sources disagree)` : text;
  };
  const figures = [figure(g.killed, "killed"), figure(g.injured, "injured")].filter((f): f is string => f !== null).join(", ");
  return `${groupLabel(g.group, g.side)}: ${figures}${g.claim ? " (a claim by the other side)" : ""}`;
}

type Described = Pick<EventSummary, "reports" | "groups" | "disagree">;

/**
 * One line on what an event's sources say, group by group: ranges compared
 * within one group of one side only; a side's claim about the other side's
 * forces last, as a claim; figures of no stated group are never said to
 * disagree (they may not be of the same people).
 *
 * @example
 * describeAgreement(event); // "Sources disagree on Afghan civilians killed. Afghan civilians: 12–15 killed (sources disagree), 80+ injured; ..."
 */
export function describeAgreement(event: Described): string {
  const lines = event.groups.map(formatGroupRange);
  if (lines.length === 0) return event.reports === 1 ? "One report: no casualty figures." : "No source gives casualty figures.";
  const figures = lines.join("; ");
  if (event.reports === 1) return `One report: ${figures}.`;
  if (!event.disagree) return `No two sources differ on one group: ${figures}.`;
  const differ = event.groups
    .filter((g) => g.group !== "unstated")
    .flatMap((g) => (["killed", "injured"] as const).filter((m) => g[m]?.disagree).map((m) => `${groupLabel(g.group, g.side)} ${m}${g.claim ? " (claimed)" : ""}`));
  return `Sources disagree on ${differ.join(" and ")}. ${figures}.`;
}

/**
 * The map's short label for an event: its first group's killed figure
 * (civilians first, claims never), or all groups' where no group is stated.
 *
 * @example
 * eventLabel(event); // "12–15 Afghan civilians killed · sources disagree"
 */
export function eventLabel(event: Pick<EventSummary, "reports" | "groups" | "disagree" | "killed">): string {
  const first = event.groups.find((g) => !g.claim && g.group !== "unstated" && g.killed !== null);
  const text = first ? formatRange(first.killed, `${groupLabel(first.group, first.side)} killed`) : event.killed ? `${formatRange(event.killed, "killed")} (group not stated)` : `${event.reports} ${event.reports === 1 ? "report" : "reports"}`;
  return event.disagree ? `${text} · sources disagree` : text!;
}

/** "2025-10-15", "2025-10-14 to 2025-10-16", or "date unknown". */
export function formatEventDates(event: Pick<EventSummary, "firstDate" | "lastDate">): string {
  if (event.firstDate === null || event.lastDate === null) return "date unknown";
  return event.firstDate === event.lastDate ? event.firstDate : `${event.firstDate} to ${event.lastDate}`;
}

/** "4 reports from 3 sources". */
export function describeReportCount(event: Pick<EventSummary, "reports" | "sources">): string {
  const n = event.reports;
  return `${n} ${n === 1 ? "report" : "reports"} from ${event.sources} ${event.sources === 1 ? "source" : "sources"}`;
}
