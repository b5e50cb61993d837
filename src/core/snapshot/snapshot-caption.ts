import { describeFilter } from "../view/describe-filter";
import type { ReportFilter } from "../view/report-filter";
import { dateSpan, sourceCredits } from "./snapshot-layout";

/** The words of a snapshot, each one line; the drawing shrinks or cuts a line that does not fit. */
export interface SnapshotText {
  title: string;
  /** "12 of 40 reports, 2025-10-15 to 2025-12-01". */
  summary: string;
  /** "Filters: at least 4 killed; in Pakistan". */
  filters: string;
  /** The map's credits: OpenStreetMap, Natural Earth, GeoNames. */
  credits: string;
  /** The dataset, and the reports' sources with their counts, most reports first (the drawing lists as many as fit: `sourcesLine`). */
  sources: { lead: string; names: string[] };
  /** When it was made, and the permalink to the view. */
  made: string;
}

export interface CaptionInput {
  /** The reports the filters show: their dates and sources. */
  shown: readonly { event_date: string; source: string; synthetic?: boolean }[];
  total: number;
  /** Of those shown, how many fall in the picture's view. */
  inPicture?: number;
  /** The reports' layer is switched off: the picture has none. */
  reportsHidden?: boolean;
  filter: ReportFilter;
  /** Filters set elsewhere than the filter panel, already in words (`describeMapFilters`). */
  moreFilters?: readonly string[];
  datasetName: string;
  /** The map's own credits line. */
  attribution: string;
  madeAt: Date;
  link: string;
}

/** "2026-11-27 04:12 UTC". */
export function formatUtcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * What a snapshot says about itself: the count and the dates it covers, the
 * filters in words, whose map data and whose reports it shows, when it was
 * made and the link that opens the same view.
 *
 * @example
 * snapshotCaption({ shown, total: 40, filter: { ...NO_FILTER, killedAtLeast: 4 }, ... }).filters; // "Filters: at least 4 killed"
 */
export function snapshotCaption(input: CaptionInput): SnapshotText {
  const n = input.shown.length;
  const span = input.filter.dateFrom !== null || input.filter.dateTo !== null ? null : dateSpan(input.shown.map((p) => p.event_date));
  const period = span ? (span[0] === span[1] ? `, ${span[0]}` : `, ${span[0]} to ${span[1]}`) : "";
  const words = [...describeFilter(input.filter), ...(input.moreFilters ?? [])];
  const sources = sourceCredits(input.shown.map((p) => p.source));
  return {
    title: input.shown.some((p) => p.synthetic === true)
      ? "Afghanistan–Pakistan border incidents: SYNTHETIC test data, not real incidents"
      : "Afghanistan–Pakistan border incidents",
    summary: `${n.toLocaleString("en")} of ${input.total.toLocaleString("en")} reports shown${period}${
      input.reportsHidden ? "; the reports' layer is off, so none is drawn" : input.inPicture !== undefined && input.inPicture < n ? `; ${input.inPicture.toLocaleString("en")} of them in this picture` : ""
    }.`,
    filters: words.length > 0 ? `Filters: ${words.join("; ")}.` : "Filters: none; every report loaded is shown.",
    credits: `Map: ${input.attribution || "the project's offline basemap"}`,
    sources: { lead: `Reports from ${input.datasetName}, by source:`, names: sources },
    made: `Made ${formatUtcMinute(input.madeAt)} · ${input.link}`,
  };
}

/**
 * The sources line with the first `listed` names and how many more there are:
 * "Reports from …, by source: Dawn (2), TOLOnews (1) and 3 more."
 */
export function sourcesLine({ lead, names }: SnapshotText["sources"], listed = names.length): string {
  if (names.length === 0) return `${lead} none shown.`;
  const k = Math.max(0, Math.min(listed, names.length));
  if (k === names.length) return `${lead} ${names.join(", ")}.`;
  if (k === 0) return `${lead} ${names.length.toLocaleString("en")} sources.`;
  return `${lead} ${names.slice(0, k).join(", ")} and ${(names.length - k).toLocaleString("en")} more.`;
}
