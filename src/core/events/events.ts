import { bbox, centroid, featureCollection, point } from "@turf/turf";
import type { Feature, FeatureCollection, Point } from "geojson";
import { VICTIM_GROUPS, type ReportFeature, type TimePrecision } from "../reports/report";
import { formatGroupRange } from "./format-event";
import { dayNumber, isoDay, reportHours } from "../reports/report-time";
import { spaceTimeDbscan, type DbscanParams } from "./space-time-dbscan";
import {
  copyCasualties,
  emptyCasualtyColumns,
  eventCasualties,
  groupTotal,
  writeCasualties,
  type CasualtyColumns,
  type CasualtyFields,
  type FigureRange,
  type GroupRange,
} from "./event-casualties";

/**
 * Events: reports grouped by space-time DBSCAN, each with the range of
 * figures its sources give and whether they disagree. A report that is alone
 * is an event of one.
 */

/** What grouping needs of a report (a seed report, or a row of an imported table). */
export interface EventReport {
  id: string;
  lon: number;
  lat: number;
  /** `YYYY-MM-DD`; null when unknown (then the report can be grouped in space only). */
  date: string | null;
  timePrecision: TimePrecision;
  source: string | null;
  /** Its figures by victim group (a report's properties serve as they are). */
  casualties: CasualtyFields;
}

export type { FigureRange, GroupRange };

export interface ReportEvent {
  /** `E1`, `E2`, … in the input order of each event's first report. */
  id: string;
  reportIds: string[];
  /** Earliest and latest date of its reports; null when none has a date. */
  firstDate: string | null;
  lastDate: string | null;
  centroid: [number, number];
  /** West, south, east, north. */
  extent: [number, number, number, number];
  /** Distinct sources. */
  sources: number;
  /** Figures by victim group and side, claims apart (`event-casualties.ts`). */
  groups: GroupRange[];
  /** All groups together, claims left out: the groups' lowest (highest) figures added. */
  killed: FigureRange | null;
  injured: FigureRange | null;
  /** Two sources give different figures for the same group of the same side. */
  disagree: boolean;
}

export const DEFAULT_EVENT_PARAMS: Required<DbscanParams> = { epsKm: 15, epsHours: 48, minPoints: 1, metric: "geodesic" };

/** Why the defaults are what they are: shown in the app beside the parameters. */
export const DEFAULT_EVENT_PARAMS_WHY =
  "Reports within 15 km and 48 hours of one another, chained, are one event. " +
  "Spin Boldak and Chaman, the two towns of one crossing, are 11 km apart, and accounts of one exchange of fire name either; " +
  "sources often date the same shelling a day apart. A report known only to the week or month matches any day of it. " +
  "With at least 1 report an event, a lone report is an event of its own.";

export function eventReportFromFeature(feature: ReportFeature): EventReport {
  const p = feature.properties;
  const [lon, lat] = feature.geometry.coordinates as [number, number];
  return {
    id: p.id,
    lon,
    lat,
    date: p.event_date,
    timePrecision: p.time_precision,
    source: p.source,
    casualties: p,
  };
}

/**
 * Reports as columns: what grouping reads, in typed arrays (a worker gets them
 * without copying object by object). Figures are NaN where a source gives none;
 * sources are numbers, one per distinct source.
 */
export interface EventColumns {
  ids: string[];
  lon: Float64Array;
  lat: Float64Array;
  startHour: Float64Array;
  endHour: Float64Array;
  /** Day number (days since 1970) of each report's date; NaN where it has none. */
  day: Float64Array;
  source: Int32Array;
  casualties: CasualtyColumns;
}

/**
 * Reports as rows of plain values, read without parsing anything: cheap to
 * make on the page, and to send to a worker, which makes the columns.
 */
export interface EventRows {
  ids: string[];
  dates: (string | null)[];
  timePrecision: Uint8Array;
  lon: Float64Array;
  lat: Float64Array;
  sources: (string | null)[];
  casualties: CasualtyColumns;
}

export function eventRows(reports: readonly EventReport[]): EventRows {
  const n = reports.length;
  const rows: EventRows = {
    ids: new Array(n),
    dates: new Array(n),
    timePrecision: new Uint8Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    sources: new Array(n),
    casualties: emptyCasualtyColumns(n),
  };
  reports.forEach((r, i) => {
    rows.ids[i] = r.id;
    rows.dates[i] = r.date;
    rows.timePrecision[i] = r.timePrecision;
    rows.lon[i] = r.lon;
    rows.lat[i] = r.lat;
    rows.sources[i] = r.source;
    writeCasualties(rows.casualties, i, r.casualties);
  });
  return rows;
}

/** Columns from rows (only these rows, in this order, when `subset` is given): dates parsed, sources numbered. */
export function eventColumnsFromRows(rows: EventRows, subset?: ArrayLike<number>): EventColumns {
  const n = subset ? subset.length : rows.ids.length;
  const at = (k: number) => (subset ? subset[k]! : k);
  const c: EventColumns = {
    ids: new Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    startHour: new Float64Array(n),
    endHour: new Float64Array(n),
    day: new Float64Array(n),
    source: new Int32Array(n),
    casualties: subset ? emptyCasualtyColumns(n, rows.casualties.sideNames) : rows.casualties,
  };
  const sources = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const i = at(k);
    c.ids[k] = rows.ids[i]!;
    c.lon[k] = rows.lon[i]!;
    c.lat[k] = rows.lat[i]!;
    const date = rows.dates[i] ?? null;
    const hours = date === null ? [Number.NaN, Number.NaN] : reportHours(date, rows.timePrecision[i] as TimePrecision);
    c.startHour[k] = hours[0]!;
    c.endHour[k] = hours[1]!;
    c.day[k] = date === null ? Number.NaN : dayNumber(date);
    const key = rows.sources[i] ?? "";
    let s = sources.get(key);
    if (s === undefined) sources.set(key, (s = sources.size));
    c.source[k] = s;
    if (subset) copyCasualties(c.casualties, k, rows.casualties, i);
  }
  return c;
}

export function eventColumns(reports: readonly EventReport[]): EventColumns {
  return eventColumnsFromRows(eventRows(reports));
}

/** An event without its list of reports: what crosses from the worker to the page (the page knows each report's event). */
export type EventSummary = Omit<ReportEvent, "reportIds"> & { reports: number };

export function summarizeEvent({ reportIds, ...rest }: ReportEvent): EventSummary {
  return { ...rest, reports: reportIds.length };
}

/** The event of each report (same order) and the events, numbered in the order of their first report. */
export function groupEvents(reports: readonly EventReport[], params: DbscanParams = DEFAULT_EVENT_PARAMS): { eventOf: string[]; events: ReportEvent[] } {
  const { eventIndex, events } = groupEventColumns(eventColumns(reports), params);
  return { eventOf: Array.from(eventIndex, (e) => events[e]!.id), events };
}

/** Grouping on columns: each report's event (index into `events`) and the events. */
export function groupEventColumns(c: EventColumns, params: DbscanParams = DEFAULT_EVENT_PARAMS): { eventIndex: Int32Array; events: ReportEvent[] } {
  const n = c.ids.length;
  const { cluster } = spaceTimeDbscan(c, params);
  const members: number[][] = [];
  const eventOfCluster = new Map<number, number>();
  const eventIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = cluster[i]!;
    let e = k >= 0 ? eventOfCluster.get(k) : undefined;
    if (e === undefined) {
      e = members.length;
      members.push([]);
      if (k >= 0) eventOfCluster.set(k, e);
    }
    members[e]!.push(i);
    eventIndex[i] = e;
  }
  return { eventIndex, events: members.map((m, e) => describeEvent(`E${e + 1}`, m, c)) };
}

function describeEvent(id: string, rows: number[], c: EventColumns): ReportEvent {
  const points = featureCollection(rows.map((i) => point([c.lon[i]!, c.lat[i]!])));
  let [first, last] = [Infinity, -Infinity];
  for (const i of rows) {
    if (Number.isNaN(c.day[i]!)) continue;
    first = Math.min(first, c.day[i]!);
    last = Math.max(last, c.day[i]!);
  }
  const { groups, killed, injured, disagree } = eventCasualties(rows, c.casualties);
  return {
    id,
    reportIds: rows.map((i) => c.ids[i]!),
    firstDate: Number.isFinite(first) ? isoDay(first) : null,
    lastDate: Number.isFinite(last) ? isoDay(last) : null,
    centroid: centroid(points).geometry.coordinates as [number, number],
    extent: bbox(points) as [number, number, number, number],
    sources: new Set(rows.map((i) => c.source[i]!)).size,
    groups,
    killed,
    injured,
    disagree,
  };
}

/** Each named group's killed, lowest and highest, over its sides (claims left out): `civilians_killed_min`, ... */
export const GROUP_EVENT_COLUMNS = VICTIM_GROUPS.flatMap((g) => [`${g}_killed_min`, `${g}_killed_max`] as const);

function groupColumns(groups: readonly GroupRange[]): Record<(typeof GROUP_EVENT_COLUMNS)[number], number | null> {
  const out: Record<string, number | null> = {};
  for (const g of VICTIM_GROUPS) {
    const t = groupTotal(groups, g, "killed");
    out[`${g}_killed_min`] = t?.min ?? null;
    out[`${g}_killed_max`] = t?.max ?? null;
  }
  return out as Record<(typeof GROUP_EVENT_COLUMNS)[number], number | null>;
}

/** Events as a GeoJSON FeatureCollection of centroid points (for the map and the command line). */
export function eventsToGeoJson(events: readonly ReportEvent[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = events.map((e) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: e.centroid },
    properties: {
      event_id: e.id,
      reports: e.reportIds.length,
      report_ids: e.reportIds.join(";"),
      first_date: e.firstDate,
      last_date: e.lastDate,
      sources: e.sources,
      killed_min: e.killed?.min ?? null,
      killed_max: e.killed?.max ?? null,
      killed_at_least: e.killed?.atLeast ?? false,
      injured_min: e.injured?.min ?? null,
      injured_max: e.injured?.max ?? null,
      injured_at_least: e.injured?.atLeast ?? false,
      ...groupColumns(e.groups),
      casualties_by_group: e.groups.map(formatGroupRange).join("; "),
      sources_disagree: e.disagree,
      extent_west: e.extent[0],
      extent_south: e.extent[1],
      extent_east: e.extent[2],
      extent_north: e.extent[3],
    },
  }));
  return { type: "FeatureCollection", features };
}
