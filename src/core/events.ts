import { bbox, centroid, featureCollection, point } from "@turf/turf";
import type { Feature, FeatureCollection, Point } from "geojson";
import type { ReportFeature, TimePrecision } from "./report";
import { reportHours } from "./report-time";
import { spaceTimeDbscan, type DbscanParams } from "./space-time-dbscan";

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
  /** `YYYY-MM-DD`. */
  date: string;
  timePrecision: TimePrecision;
  source: string | null;
  killed: number | null;
  killedMax?: number | null;
  killedAtLeast?: boolean;
  injured: number | null;
  injuredMax?: number | null;
  injuredAtLeast?: boolean;
}

/** A range of figures across sources: the lowest any source gives, the highest any gives (its upper figure where it gives a range). */
export interface FigureRange {
  min: number;
  max: number;
  /** Some source gives the highest figure as "at least". */
  atLeast: boolean;
  /** Sources that give a figure. */
  sources: number;
  /** Sources give different figures. */
  disagree: boolean;
}

export interface ReportEvent {
  /** `E1`, `E2`, … in the input order of each event's first report. */
  id: string;
  reportIds: string[];
  firstDate: string;
  lastDate: string;
  centroid: [number, number];
  /** West, south, east, north. */
  extent: [number, number, number, number];
  /** Distinct sources. */
  sources: number;
  killed: FigureRange | null;
  injured: FigureRange | null;
  /** Sources disagree on the killed or on the injured. */
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
    killed: p.killed,
    killedMax: p.killed_max ?? null,
    killedAtLeast: p.killed_at_least ?? false,
    injured: p.injured,
    injuredMax: p.injured_max ?? null,
    injuredAtLeast: p.injured_at_least ?? false,
  };
}

/** The event of each report (same order) and the events, numbered in the order of their first report. */
export function groupEvents(reports: readonly EventReport[], params: DbscanParams = DEFAULT_EVENT_PARAMS): { eventOf: string[]; events: ReportEvent[] } {
  const n = reports.length;
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const startHour = new Float64Array(n);
  const endHour = new Float64Array(n);
  reports.forEach((r, i) => {
    lon[i] = r.lon;
    lat[i] = r.lat;
    const hours = reportHours(r.date, r.timePrecision);
    startHour[i] = hours[0];
    endHour[i] = hours[1];
  });
  const { cluster } = spaceTimeDbscan({ lon, lat, startHour, endHour }, params);
  const members: number[][] = [];
  const eventOfCluster = new Map<number, number>();
  const eventOf: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = cluster[i]!;
    let e = c >= 0 ? eventOfCluster.get(c) : undefined;
    if (e === undefined) {
      e = members.length;
      members.push([]);
      if (c >= 0) eventOfCluster.set(c, e);
    }
    members[e]!.push(i);
    eventOf[i] = `E${e + 1}`;
  }
  return { eventOf, events: members.map((m, e) => describeEvent(`E${e + 1}`, m.map((i) => reports[i]!))) };
}

function describeEvent(id: string, reports: EventReport[]): ReportEvent {
  const points = featureCollection(reports.map((r) => point([r.lon, r.lat])));
  const dates = reports.map((r) => r.date).sort();
  const killed = figureRange(reports.map((r) => [r.killed, r.killedMax ?? null, r.killedAtLeast ?? false]));
  const injured = figureRange(reports.map((r) => [r.injured, r.injuredMax ?? null, r.injuredAtLeast ?? false]));
  return {
    id,
    reportIds: reports.map((r) => r.id),
    firstDate: dates[0]!,
    lastDate: dates[dates.length - 1]!,
    centroid: centroid(points).geometry.coordinates as [number, number],
    extent: bbox(points) as [number, number, number, number],
    sources: new Set(reports.map((r) => r.source ?? "")).size,
    killed,
    injured,
    disagree: Boolean(killed?.disagree || injured?.disagree),
  };
}

/** Lowest and highest figure across the sources that give one; they disagree when their figures (or ranges) differ. */
function figureRange(figures: [number | null, number | null, boolean][]): FigureRange | null {
  const given = figures.filter(([low]) => low !== null) as [number, number | null, boolean][];
  if (given.length === 0) return null;
  let [min, max, atLeast] = [Infinity, -Infinity, false];
  const distinct = new Set<string>();
  for (const [low, high, plus] of given) {
    const top = high ?? low;
    min = Math.min(min, low);
    if (top > max || (top === max && plus)) atLeast = plus;
    max = Math.max(max, top);
    distinct.add(`${low}-${top}${plus ? "+" : ""}`);
  }
  return { min, max, atLeast, sources: given.length, disagree: distinct.size > 1 };
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
      sources_disagree: e.disagree,
      extent_west: e.extent[0],
      extent_south: e.extent[1],
      extent_east: e.extent[2],
      extent_north: e.extent[3],
    },
  }));
  return { type: "FeatureCollection", features };
}
