import type { Measure, NamedGroup, ReportProperties } from "../reports/report";
import { isoDay, reportDays } from "../reports/report-time";
import type { AlongBorderSelection } from "./along-border-chart";
import { DEFAULT_DISTANCE_MODE, DISTANCE_MODES, inDistanceBand, type DistanceMode } from "./distance-band";

/**
 * The explore filters. Each field left null lets every report through; the
 * map (as a MapLibre expression) and the panel's counts (here) read the same
 * definition, and the tests hold the two to each other.
 */
export interface ReportFilter {
  /** Reports that may have happened on a day from `dateFrom` to `dateTo` (inclusive, `YYYY-MM-DD`): a report known to the week matches if its week touches the period. */
  dateFrom: string | null;
  dateTo: string | null;
  eventTypes: string[] | null;
  subEventTypes: string[] | null;
  /** At least this many killed (injured) by the source's lowest figure, as ACLED's fatalities counts: of `casualtyGroup`, or of all groups together. */
  killedAtLeast: number | null;
  injuredAtLeast: number | null;
  /** The victim group the two figures above count (civilians, ...); null: all groups together. Not a filter of its own. */
  casualtyGroup: NamedGroup | null;
  sources: string[] | null;
  /** `AF`, `PK`, or `none` (in neither country); reports not yet measured match no side. */
  sides: string[] | null;
  /**
   * Reports from `distanceFromKm` to `distanceToKm` (inclusive) of the Durand Line, either end open; reports not yet measured match no band.
   * A report's distance is the range its `accuracy_m` allows ([max(0, d − r), d + r]): `distanceMode` says whether that range
   * must lie wholly inside the band ("certainly") or only touch it ("possibly", the default).
   */
  distanceFromKm: number | null;
  distanceToKm: number | null;
  distanceMode: DistanceMode;
  geoPrecisions: number[] | null;
  timePrecisions: number[] | null;
  /** The selection on the chart along the border: a stretch (km from the Iran tripoint) and a period; reports not yet measured match none. */
  along: AlongBorderSelection | null;
}

export type FilterKey = keyof ReportFilter;

/** A filter as the panel counts it: the two dates are one, and so are the two ends of the distance band and its mode; the casualty group is part of the two casualty filters. */
export type FilterGroup = Exclude<FilterKey, "dateTo" | "distanceToKm" | "distanceMode" | "casualtyGroup">;

/** The filters, in the panel's order. */
export const FILTER_KEYS: readonly FilterGroup[] = [
  "dateFrom",
  "eventTypes",
  "subEventTypes",
  "killedAtLeast",
  "injuredAtLeast",
  "sources",
  "sides",
  "distanceFromKm",
  "geoPrecisions",
  "timePrecisions",
  "along",
];

export const NO_FILTER: ReportFilter = {
  dateFrom: null,
  dateTo: null,
  eventTypes: null,
  subEventTypes: null,
  killedAtLeast: null,
  injuredAtLeast: null,
  casualtyGroup: null,
  sources: null,
  sides: null,
  distanceFromKm: null,
  distanceToKm: null,
  distanceMode: DEFAULT_DISTANCE_MODE,
  geoPrecisions: null,
  timePrecisions: null,
  along: null,
};

/** What the filters read beyond a report's own properties: its side of the border once measured. */
export interface FilterFacts {
  /** `AF`, `PK` or `none`; undefined while unmeasured. */
  side?: string;
  /** Distance to the Durand Line, metres; undefined while unmeasured. */
  distanceM?: number;
  /** The report's `reportDaySpan`, where already known (it parses dates for week and month reports). */
  days?: readonly [string, string];
  /** The same span as day numbers (`reportDays`), where already known: what the timeline and the chart along the border count. */
  span?: readonly [number, number];
  /** Position of the report's nearest border point, km from the Iran tripoint; undefined while unmeasured. */
  alongKm?: number;
}

/** The first and last day a report may fall on, as `YYYY-MM-DD` (the map compares these strings). */
export function reportDaySpan(p: Pick<ReportProperties, "event_date" | "time_precision">): [string, string] {
  // Known to the day: the date itself (no date parsing for the common case, 100,000 times at load).
  if (p.time_precision === 1) return [p.event_date, p.event_date];
  const [first, last] = reportDays(p.event_date, p.time_precision);
  return [isoDay(first), isoDay(last)];
}

/** The property the casualty filters read: `killed` (all groups), or the chosen group's, `civilians_killed`. */
export function casualtyField(f: Pick<ReportFilter, "casualtyGroup">, measure: Measure): Measure | `${NamedGroup}_${Measure}` {
  return f.casualtyGroup === null ? measure : `${f.casualtyGroup}_${measure}`;
}

/** Whether one filter (the dates count as one) lets a report through. */
export function passes(key: FilterGroup, f: ReportFilter, p: ReportProperties, facts: FilterFacts): boolean {
  switch (key) {
    case "dateFrom": {
      if (f.dateFrom === null && f.dateTo === null) return true;
      const [first, last] = facts.days ?? reportDaySpan(p);
      return (f.dateFrom === null || last >= f.dateFrom) && (f.dateTo === null || first <= f.dateTo);
    }
    case "eventTypes":
      return f.eventTypes === null || f.eventTypes.includes(p.event_type);
    case "subEventTypes":
      return f.subEventTypes === null || f.subEventTypes.includes(p.sub_event_type);
    case "killedAtLeast":
      return f.killedAtLeast === null || (p[casualtyField(f, "killed")] ?? -1) >= f.killedAtLeast;
    case "injuredAtLeast":
      return f.injuredAtLeast === null || (p[casualtyField(f, "injured")] ?? -1) >= f.injuredAtLeast;
    case "sources":
      return f.sources === null || f.sources.includes(p.source);
    case "sides":
      return f.sides === null || (facts.side !== undefined && f.sides.includes(facts.side));
    case "distanceFromKm": {
      if (f.distanceFromKm === null && f.distanceToKm === null) return true;
      const d = facts.distanceM;
      if (d === undefined || !Number.isFinite(d)) return false;
      return inDistanceBand(d, p.accuracy_m, f.distanceFromKm, f.distanceToKm, f.distanceMode);
    }
    case "geoPrecisions":
      return f.geoPrecisions === null || f.geoPrecisions.includes(p.geo_precision);
    case "timePrecisions":
      return f.timePrecisions === null || f.timePrecisions.includes(p.time_precision);
    case "along": {
      const a = f.along;
      if (a === null) return true;
      const km = facts.alongKm;
      if (km === undefined || !Number.isFinite(km)) return false;
      const [lo, hi] = alongRange(a);
      if (km < lo || km > hi) return false;
      const [first, last] = facts.days ?? reportDaySpan(p);
      const [dayFrom, dayTo] = alongDays(a);
      return (dayFrom === null || last >= dayFrom) && (dayTo === null || first <= dayTo);
    }
  }
}

export function reportMatches(f: ReportFilter, p: ReportProperties, facts: FilterFacts = {}): boolean {
  return FILTER_KEYS.every((key) => passes(key, f, p, facts));
}

/** The chart selection's stretch, lower end first. */
export function alongRange(a: AlongBorderSelection): [number, number] {
  return [Math.min(a.kmFrom, a.kmTo), Math.max(a.kmFrom, a.kmTo)];
}

/** The chart selection's period as days `YYYY-MM-DD`, earlier first; null: an open end. */
export function alongDays(a: AlongBorderSelection): [string | null, string | null] {
  const ends = [a.dayFrom, a.dayTo].filter((d): d is number => d !== null).sort((x, y) => x - y);
  if (ends.length === 2) return [isoDay(ends[0]!), isoDay(ends[1]!)];
  return [a.dayFrom === null ? null : isoDay(a.dayFrom), a.dayTo === null ? null : isoDay(a.dayTo)];
}

/** Whether a filter is set (the dates: either end). */
export function isActive(f: ReportFilter, key: FilterGroup): boolean {
  if (key === "dateFrom") return f.dateFrom !== null || f.dateTo !== null;
  if (key === "distanceFromKm") return f.distanceFromKm !== null || f.distanceToKm !== null;
  return f[key] !== null;
}

/** Whether any filter is set. */
export function hasFilter(f: ReportFilter): boolean {
  return FILTER_KEYS.some((key) => isActive(f, key));
}

export interface FilterCounts {
  total: number;
  /** Reports every filter lets through. */
  kept: number;
  /** Per filter: the reports it alone lets through. */
  byFilter: Record<FilterGroup, number>;
  /** The reports the distance band alone lets through in each mode (the one set is `byFilter.distanceFromKm`); all, with no band. */
  byDistanceMode: Record<DistanceMode, number>;
  /** One byte per report, in the reports' order: 1 where every filter lets it through. */
  mask: Uint8Array;
  /**
   * One byte per report: 0 where every filter lets it through, `1 + i` where
   * only `FILTER_KEYS[i]` stops it, 255 where two or more do. What every
   * filter but one keeps (the timeline, the chart along the border) is read
   * from it, with no second pass: `keptWithout`.
   */
  missed: Uint8Array;
}

/** Stopped by two or more filters. */
const MISSED_MANY = 255;

/** Whether every filter but `key` lets a report through, by its index (the dates' filter ignores both dates). */
export function keptWithout(counts: Pick<FilterCounts, "missed">, key: FilterGroup): (index: number) => boolean {
  const missed = counts.missed;
  const only = 1 + FILTER_KEYS.indexOf(key);
  return (index) => missed[index] === 0 || missed[index] === only;
}

/** Which reports every filter keeps (the mask), how many, and how many each filter alone keeps: one pass over the reports. */
export function filterCounts(
  f: ReportFilter,
  reports: readonly ReportProperties[],
  /** What the filters read beyond the report's properties, by report and index. */
  factsOf: (p: ReportProperties, index: number) => FilterFacts,
): FilterCounts {
  const byFilter = Object.fromEntries(FILTER_KEYS.map((k) => [k, 0])) as FilterCounts["byFilter"];
  const active = FILTER_KEYS.filter((k) => isActive(f, k));
  const code = active.map((k) => 1 + FILTER_KEYS.indexOf(k));
  const mask = new Uint8Array(reports.length);
  const missed = new Uint8Array(reports.length);
  const byDistanceMode = Object.fromEntries(DISTANCE_MODES.map((m) => [m, reports.length])) as Record<DistanceMode, number>;
  // The band read both ways, so that the panel can say what the other mode would keep.
  const bandModes = isActive(f, "distanceFromKm") ? DISTANCE_MODES.map((m) => ({ m, filter: { ...f, distanceMode: m } })) : [];
  for (const { m } of bandModes) byDistanceMode[m] = 0;
  let kept = 0;
  for (let i = 0; i < reports.length; i++) {
    const p = reports[i]!;
    const facts = factsOf(p, i);
    for (const { m, filter } of bandModes) if (passes("distanceFromKm", filter, p, facts)) byDistanceMode[m]++;
    let miss = 0;
    for (let a = 0; a < active.length; a++) {
      const key = active[a]!;
      if (passes(key, f, p, facts)) byFilter[key]++;
      else miss = miss === 0 ? code[a]! : MISSED_MANY;
    }
    missed[i] = miss;
    if (miss === 0) {
      kept++;
      mask[i] = 1;
    }
  }
  for (const key of FILTER_KEYS) if (!isActive(f, key)) byFilter[key] = reports.length;
  return { total: reports.length, kept, byFilter, byDistanceMode, mask, missed };
}

/** The values a report set offers for a list filter, each with how many reports have it, most first. */
export function filterOptions(reports: readonly ReportProperties[], read: (p: ReportProperties) => string | number): { value: string | number; count: number }[] {
  const counts = new Map<string | number, number>();
  for (const p of reports) counts.set(read(p), (counts.get(read(p)) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
}
