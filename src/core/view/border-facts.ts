import type { ReportProperties } from "../reports/report";
import { reportDays } from "../reports/report-time";
import { reportDaySpan, type FilterFacts } from "./report-filter";

/**
 * What measuring every report against the Durand Line gives, one entry per
 * report in the dataset's order: measured once when the reports load (in a
 * worker), then read by the filters, the list, the chart along the border,
 * the exports and the map alike.
 */
export interface BorderFacts {
  /** Exact distance to the line, metres (NaN: beyond the measurer's reach). */
  distancesM: Float64Array;
  /** `AF`, `PK` or `none` (in neither country). */
  sides: readonly string[];
  /** Position of the nearest border point, km from the Iran tripoint. */
  alongKm: Float64Array;
  /** The line's length, km. */
  borderKm: number;
}

/**
 * What the filters read beyond each report's own properties: its day span
 * (always, as days and as text) and, once `facts` are measured, its side,
 * distance and position along the border. Made once per dataset and once
 * more when the facts come (the spans are then kept from `before`).
 */
export function filterFactsOf(reports: readonly ReportProperties[], facts: BorderFacts | null, before: readonly FilterFacts[] = []): FilterFacts[] {
  return reports.map((p, i) => {
    const known = before[i];
    const span = known?.span ?? reportDays(p.event_date, p.time_precision);
    const days = known?.days ?? reportDaySpan(p);
    if (!facts) return { days, span };
    const distanceM = facts.distancesM[i];
    const alongKm = facts.alongKm[i];
    return {
      days,
      span,
      side: facts.sides[i] ?? "none",
      distanceM: distanceM !== undefined && Number.isFinite(distanceM) ? distanceM : undefined,
      alongKm: alongKm !== undefined && Number.isFinite(alongKm) ? alongKm : undefined,
    };
  });
}

/** Reports on each side (`AF`, `PK`, `none`); null until measured. */
export function sideCounts(facts: BorderFacts | null): Record<string, number> | null {
  if (!facts) return null;
  const n: Record<string, number> = { AF: 0, PK: 0, none: 0 };
  for (const side of facts.sides) n[side] = (n[side] ?? 0) + 1;
  return n;
}
