import type { ReportFeature, ReportProperties } from "../reports/report";
import { reportDays } from "../reports/report-time";

export { dayNumber, isoDay } from "../reports/report-time";

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

/**
 * Chart points for the reports whose position along the border is known
 * (`alongKm` by report id), in input order.
 */
export function alongBorderPoints(reports: readonly ReportFeature[], alongKm: ReadonlyMap<string, number>): AlongBorderPoint[] {
  const points = alongPointsOf(
    reports.map((r) => r.properties),
    reports.map((r) => alongKm.get(r.properties.id) ?? Number.NaN),
    (i) => reportDays(reports[i]!.properties.event_date, reports[i]!.properties.time_precision),
  );
  return points.filter((p): p is AlongBorderPoint => p !== null);
}

/**
 * Every report's chart point, in the reports' order (null where its position
 * along the border is not known), from positions and day spans already
 * measured: made once when the border facts come, then only picked from.
 */
export function alongPointsOf(
  reports: readonly ReportProperties[],
  alongKm: ArrayLike<number>,
  spanOf: (index: number) => readonly [number, number],
): (AlongBorderPoint | null)[] {
  return reports.map((p, i) => {
    const km = alongKm[i];
    if (km === undefined || !Number.isFinite(km)) return null;
    const [dayFrom, dayTo] = spanOf(i);
    return { id: p.id, dayFrom, dayTo, alongKm: km, subEventType: p.sub_event_type };
  });
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
