import type { ReportFeature, TimePrecision } from "./report";

/** One report on the chart: when (a day, or a span for reports known to the week or month) and where along the border. */
export interface AlongBorderPoint {
  id: string;
  /** Days since 1970-01-01 (UTC) of the first and last possible day. */
  dayFrom: number;
  dayTo: number;
  /** Position of the report's nearest border point, km from the Iran tripoint. */
  alongKm: number;
  subEventType: string;
}

/** A rectangle on the chart: a stretch of the border and a period, either open (null). */
export interface AlongBorderSelection {
  kmFrom: number;
  kmTo: number;
  dayFrom: number | null;
  dayTo: number | null;
}

const DAY_MS = 86_400_000;

/** Day number of an ISO date (UTC). */
export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** ISO date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The days a report may fall on: its day, the week around it, or its month. */
function span(date: string, precision: TimePrecision): [number, number] {
  const day = dayNumber(date);
  if (precision === 2) return [day - 3, day + 3];
  if (precision === 3) {
    const first = dayNumber(`${date.slice(0, 7)}-01`);
    const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
    return [first, dayNumber(new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10)) - 1];
  }
  return [day, day];
}

/**
 * Chart points for the reports whose position along the border is known
 * (`alongKm` by report id), in input order.
 */
export function alongBorderPoints(reports: readonly ReportFeature[], alongKm: ReadonlyMap<string, number>): AlongBorderPoint[] {
  const points: AlongBorderPoint[] = [];
  for (const r of reports) {
    const km = alongKm.get(r.properties.id);
    if (km === undefined || !Number.isFinite(km)) continue;
    const [dayFrom, dayTo] = span(r.properties.event_date, r.properties.time_precision);
    points.push({ id: r.properties.id, dayFrom, dayTo, alongKm: km, subEventType: r.properties.sub_event_type });
  }
  return points;
}

/** Ids of the points inside a selection: on the stretch, and in the period (a span that overlaps it counts; an open end is no limit). */
export function selectAlongBorder(points: readonly AlongBorderPoint[], selection: AlongBorderSelection): string[] {
  const [kmLo, kmHi] = [Math.min(selection.kmFrom, selection.kmTo), Math.max(selection.kmFrom, selection.kmTo)];
  return points
    .filter((p) => p.alongKm >= kmLo && p.alongKm <= kmHi)
    .filter((p) => {
      // Either end of the period may be open.
      const from = selection.dayFrom ?? Number.NEGATIVE_INFINITY;
      const to = selection.dayTo ?? Number.POSITIVE_INFINITY;
      const [lo, hi] = [Math.min(from, to), Math.max(from, to)];
      return p.dayTo >= lo && p.dayFrom <= hi;
    })
    .map((p) => p.id);
}
