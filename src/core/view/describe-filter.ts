import { describeGeoPrecisionCode, describeTimePrecision } from "../reports/format-report";
import type { TimePrecision } from "../reports/report";
import { GROUP_NAMES } from "../reports/victim-groups";
import type { ReportFilter } from "./report-filter";
import type { AlongBorderSelection } from "./along-border-chart";
import { isoDay } from "../reports/report-time";

const SIDE_NAMES: Record<string, string> = { AF: "Afghanistan", PK: "Pakistan", none: "neither country" };

/** "a", "a or b", "a, b or c": the values a list filter keeps. */
function either(values: readonly (string | number)[]): string {
  const texts = values.map(String);
  return texts.length <= 1 ? (texts[0] ?? "") : `${texts.slice(0, -1).join(", ")} or ${texts[texts.length - 1]}`;
}

/**
 * The filters in words, one phrase a filter, in the panel's order: what a
 * snapshot prints so that a reader knows what was left out. No filter: an
 * empty list (the caller says "all reports").
 *
 * @example
 * describeFilter({ ...NO_FILTER, killedAtLeast: 4, sides: ["PK"] });
 * // ["at least 4 killed", "in Pakistan"]
 * describeFilter({ ...NO_FILTER, killedAtLeast: 4, casualtyGroup: "civilians" }); // ["at least 4 civilians killed"]
 * describeFilter({ ...NO_FILTER, distanceToKm: 5, distanceMode: "certainly" });
 * // ["certainly within 5 km of the Durand Line"]
 */
export function describeFilter(f: ReportFilter): string[] {
  const out: string[] = [];
  if (f.dateFrom !== null && f.dateTo !== null) out.push(`from ${f.dateFrom} to ${f.dateTo}`);
  else if (f.dateFrom !== null) out.push(`from ${f.dateFrom}`);
  else if (f.dateTo !== null) out.push(`until ${f.dateTo}`);
  if (f.eventTypes) out.push(`event type ${either(f.eventTypes)}`);
  if (f.subEventTypes) out.push(`sub-event type ${either(f.subEventTypes)}`);
  const who = f.casualtyGroup === null ? "" : ` ${GROUP_NAMES[f.casualtyGroup]}`;
  if (f.killedAtLeast !== null) out.push(`at least ${f.killedAtLeast}${who} killed`);
  if (f.injuredAtLeast !== null) out.push(`at least ${f.injuredAtLeast}${who} injured`);
  if (f.sources) out.push(`source ${either(f.sources)}`);
  if (f.sides) out.push(`in ${either(f.sides.map((s) => SIDE_NAMES[s] ?? s))}`);
  // The mode first: "possibly" (the place's range of distances touches the band) or "certainly" (all of it inside).
  const mode = f.distanceMode;
  if (f.distanceFromKm !== null && f.distanceToKm !== null) out.push(`${mode} ${f.distanceFromKm}–${f.distanceToKm} km from the Durand Line`);
  else if (f.distanceFromKm !== null) out.push(`${mode} at least ${f.distanceFromKm} km from the Durand Line`);
  else if (f.distanceToKm !== null) out.push(`${mode} within ${f.distanceToKm} km of the Durand Line`);
  if (f.geoPrecisions) out.push(`place precision ${either(f.geoPrecisions.map((p) => describeGeoPrecisionCode(p)))}`);
  if (f.timePrecisions) out.push(`date precision ${either(f.timePrecisions.map((p) => describeTimePrecision(p as TimePrecision)))}`);
  if (f.along) out.push(describeAlong(f.along));
  return out;
}

/** The chart selection in words: a stretch of the border and, where set, a period. */
function describeAlong(along: AlongBorderSelection): string {
  const days = along.dayFrom === null && along.dayTo === null ? "" : `, ${along.dayFrom === null ? "…" : isoDay(along.dayFrom)} to ${along.dayTo === null ? "…" : isoDay(along.dayTo)}`;
  return `km ${Math.round(along.kmFrom)}–${Math.round(along.kmTo)} along the border from the Iran tripoint${days}`;
}
