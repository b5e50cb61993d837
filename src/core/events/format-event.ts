import type { EventSummary, FigureRange } from "./events";

/** "4–20 killed", "5 killed", "21+ killed", or null where no source gives a figure. */
export function formatRange(range: FigureRange | null, noun: string): string | null {
  if (!range) return null;
  const top = range.atLeast ? `${range.max}+` : String(range.max);
  return range.min === range.max ? `${top} ${noun}` : `${range.min}–${top} ${noun}`;
}

/** One line on how far the sources agree, for the event popup and the map label. */
export function describeAgreement(event: Pick<EventSummary, "reports" | "killed" | "injured" | "disagree">): string {
  const figures = [formatRange(event.killed, "killed"), formatRange(event.injured, "injured")].filter((f): f is string => f !== null);
  const given = figures.length > 0 ? figures.join(", ") : "no casualty figures";
  if (event.reports === 1) return `One report: ${given}.`;
  if (event.disagree) return `Sources disagree: ${given}.`;
  if (figures.length === 0) return "No source gives casualty figures.";
  return `Sources agree: ${given}.`;
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
