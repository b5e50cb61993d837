import type { ReportFilter } from "../view/report-filter";
import { dateSpan } from "./snapshot-layout";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2025-10-15" as a reader says it: "15 October 2025" (anything else is given back as it is). */
export function readableDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** What a picture's period depends on: the filter's dates, else the dates of the reports shown. */
export interface PeriodInput {
  shown: readonly { event_date: string }[];
  filter: Pick<ReportFilter, "dateFrom" | "dateTo">;
}

/**
 * The period a picture covers, in words: the filter's dates when it sets
 * them, else the first and last dates of the reports shown; null when there
 * is neither.
 *
 * @example
 * picturePeriod({ shown, filter: { dateFrom: "2025-10-01", dateTo: null } }); // "from 1 October 2025"
 */
export function picturePeriod({ shown, filter }: PeriodInput): string | null {
  if (filter.dateFrom !== null && filter.dateTo !== null) return `${readableDay(filter.dateFrom)} to ${readableDay(filter.dateTo)}`;
  if (filter.dateFrom !== null) return `from ${readableDay(filter.dateFrom)}`;
  if (filter.dateTo !== null) return `until ${readableDay(filter.dateTo)}`;
  const span = dateSpan(shown.map((p) => p.event_date));
  if (!span) return null;
  return span[0] === span[1] ? readableDay(span[0]) : `${readableDay(span[0])} to ${readableDay(span[1])}`;
}

export interface HeadingsInput extends PeriodInput {
  shown: readonly { event_date: string; synthetic?: boolean }[];
  datasetName: string;
}

/** The title that says no real incident is shown: kept whatever title the user gives (see `pictureTitle`). */
export const SYNTHETIC_WARNING = "SYNTHETIC test data, not real incidents";

/**
 * A picture's default title and subtitle, from what it shows: the subject
 * (with a warning when any report is synthetic), then the dataset and the period.
 *
 * @example
 * defaultHeadings({ shown, filter: NO_FILTER, datasetName: "the seed data" });
 * // { title: "Reported incidents on the Afghanistan–Pakistan border", subtitle: "The seed data, 15 October 2025 to 17 October 2025" }
 */
export function defaultHeadings(input: HeadingsInput): { title: string; subtitle: string } {
  const synthetic = input.shown.some((p) => p.synthetic === true);
  const title = `Reported incidents on the Afghanistan–Pakistan border${synthetic ? `: ${SYNTHETIC_WARNING}` : ""}`;
  const period = picturePeriod(input);
  const data = input.datasetName.charAt(0).toUpperCase() + input.datasetName.slice(1);
  return { title, subtitle: period ? `${data}, ${period}` : data };
}

/**
 * The title drawn: the user's (trimmed), or the default when the field is
 * left empty; with synthetic reports the warning is added if the user's title lacks it.
 */
export function pictureTitle(asked: string | undefined, fallback: string, synthetic: boolean): string {
  const own = asked?.trim() ?? "";
  if (own === "") return fallback;
  return synthetic && !own.includes(SYNTHETIC_WARNING) ? `${own}: ${SYNTHETIC_WARNING}` : own;
}
