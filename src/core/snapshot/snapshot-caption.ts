import { describeFilter } from "../view/describe-filter";
import type { ReportFilter } from "../view/report-filter";
import { sourceCredits } from "./snapshot-layout";
import { defaultHeadings, picturePeriod, pictureTitle, SYNTHETIC_WARNING } from "./snapshot-headings";

/** The words of a snapshot: the title and subtitle are one line each (the drawing shrinks or cuts them); the rest is wrapped. */
export interface SnapshotText {
  title: string;
  /** The dataset and the period, or the user's own line. */
  subtitle: string;
  /** What the map shows, in sentences: how many reports of how many, which (the filters), when, how many in the picture, the bands. */
  caption: string;
  /** Whose map data: "Map data: Natural Earth | GeoNames (CC BY 4.0) | …". */
  credits: string;
  /** The dataset, and the reports' sources with their counts, most reports first (the drawing lists as many as fit: `sourcesLine`). */
  sources: { lead: string; names: string[] };
  /** When it was made, and the address that opens the same view. */
  made: string;
}

export interface CaptionInput {
  /** The reports the filters show: their dates and sources. */
  shown: readonly { event_date: string; source: string; synthetic?: boolean }[];
  total: number;
  /** Of those shown, how many fall in the picture's area. */
  inPicture?: number;
  /** The reports are not drawn (their layer is off): the picture has none. */
  reportsHidden?: boolean;
  filter: ReportFilter;
  /** Conditions on the reports set by other means than the filter, already in words. */
  moreFilters?: readonly string[];
  /** The distances of the bands drawn around the Durand Line, km; null or empty: none drawn. */
  bandsKm?: readonly number[] | null;
  datasetName: string;
  /** The map's own credits line. */
  attribution: string;
  madeAt: Date;
  link: string;
  /** The user's title and subtitle; empty or missing: the defaults (`defaultHeadings`). */
  title?: string;
  subtitle?: string;
}

/** "2026-11-27 04:12 UTC". */
export function formatUtcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const count = (n: number) => n.toLocaleString("en");

/** "a", "a and b", "a, b and c". */
function all(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** The caption's sentences: the count of the count, which reports, their period, the picture's share, the bands. */
function captionSentences(input: CaptionInput): string[] {
  const n = input.shown.length;
  const conditions = [...describeFilter({ ...input.filter, dateFrom: null, dateTo: null }), ...(input.moreFilters ?? [])];
  const sentences: string[] = [];
  if (input.shown.some((p) => p.synthetic === true)) sentences.push(`${SYNTHETIC_WARNING}.`);
  const data = `the ${count(input.total)} ${input.total === 1 ? "report" : "reports"} in ${input.datasetName}`;
  const which = conditions.length > 0 ? `, those matching all of: ${conditions.join("; ")}` : "";
  const datedByFilter = input.filter.dateFrom !== null || input.filter.dateTo !== null;
  const period = picturePeriod(input);
  if (input.total === 0) sentences.push(`No reports: ${input.datasetName} holds none.`);
  else if (n === input.total && conditions.length === 0 && !datedByFilter) sentences.push(`All ${data}.`);
  else sentences.push(`${count(n)} of ${data}${which}${datedByFilter && period ? `, dated ${period}` : ""}.`);
  if (period && !datedByFilter && n > 0) sentences.push(n === 1 ? `It is dated ${period}.` : `They are dated ${period}.`);
  if (input.reportsHidden) sentences.push("The reports are not drawn on this map.");
  else if (input.inPicture !== undefined && input.inPicture < n) sentences.push(`${count(input.inPicture)} of them lie within the area of this map.`);
  const bands = input.bandsKm ?? [];
  if (bands.length > 0) sentences.push(`Shaded bands mark ${all(bands.map(String))} km from the Durand Line.`);
  return sentences;
}

/**
 * What a snapshot says about itself, in words for a reader of the picture
 * (none about the app): its title and subtitle, how many reports it shows of
 * how many and which, their period, the distance bands, whose map data and
 * reports they are, when it was made and the address of the same view.
 *
 * @example
 * snapshotCaption({ shown, total: 40, filter: { ...NO_FILTER, killedAtLeast: 4 }, ... }).caption;
 * // "3 of the 40 reports in the seed data, those matching all of: at least 4 killed. They are dated 15 October 2025 to 17 October 2025."
 */
export function snapshotCaption(input: CaptionInput): SnapshotText {
  const headings = defaultHeadings(input);
  const synthetic = input.shown.some((p) => p.synthetic === true);
  const subtitle = input.subtitle?.trim() ?? "";
  return {
    title: pictureTitle(input.title, headings.title, synthetic),
    subtitle: subtitle === "" ? headings.subtitle : subtitle,
    caption: captionSentences(input).join(" "),
    credits: `Map data: ${input.attribution || "the project's offline basemap"}.`,
    sources: { lead: `Reports: ${input.datasetName}; by source:`, names: sourceCredits(input.shown.map((p) => p.source)) },
    made: `Made ${formatUtcMinute(input.madeAt)}. This view online: ${input.link}`,
  };
}

/**
 * The sources line with the first `listed` names and how many more there are:
 * "Reports: the seed data; by source: Dawn (2), TOLOnews (1) and 3 more."
 */
export function sourcesLine({ lead, names }: SnapshotText["sources"], listed = names.length): string {
  if (names.length === 0) return `${lead} none shown.`;
  const k = Math.max(0, Math.min(listed, names.length));
  if (k === names.length) return `${lead} ${names.join(", ")}.`;
  if (k === 0) return `${lead} ${count(names.length)} sources.`;
  return `${lead} ${names.slice(0, k).join(", ")} and ${count(names.length - k)} more.`;
}
