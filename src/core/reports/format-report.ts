import { VICTIM_GROUPS, type GeoPrecision, type Measure, type ReportProperties, type TimePrecision } from "./report";
import { groupFigure, groupLabel, groupSide, isClaim } from "./victim-groups";

/** "12", "15–20", "6+" or "not reported": a casualty figure as the source gives it. */
export function formatCount(low: number | null, high?: number | null, atLeast?: boolean): string {
  if (low === null) return "not reported";
  if (high !== null && high !== undefined && high !== low) return `${low}–${high}`;
  return atLeast ? `${low}+` : String(low);
}

export function formatKilled(p: ReportProperties): string {
  return describeByGroup(p, "killed");
}

export function formatInjured(p: ReportProperties): string {
  return describeByGroup(p, "injured");
}

/**
 * A source's figure and who it counts: "12 Afghan civilians", "5 (group not
 * stated)", "16: 12 Afghan civilians, 4 Pakistani security forces", "15–20
 * Afghan security forces (a claim by the other side)", or "not reported".
 */
export function describeByGroup(p: ReportProperties, measure: Measure): string {
  const parts = VICTIM_GROUPS.flatMap((g) => {
    const f = groupFigure(p, g, measure);
    if (f === null) return [];
    const who = g === "unstated" ? "(group not stated)" : groupLabel(g, groupSide(p, g));
    return [`${formatCount(f.low, f.high, f.atLeast)} ${who}${isClaim(p, g) ? " (a claim by the other side)" : ""}`];
  });
  const total = formatCount(p[measure], p[`${measure}_max`], p[`${measure}_at_least`]);
  if (parts.length === 0) return total;
  return parts.length === 1 ? parts[0]! : `${total}: ${parts.join(", ")}`;
}

const TIME_PRECISION_TEXT: Record<TimePrecision, string> = {
  1: "day known",
  2: "known to the week",
  3: "known to the month",
};

const GEO_PRECISION_TEXT: Record<GeoPrecision, string> = {
  1: "the named town",
  2: "near a town or a small area",
  3: "a larger region only",
};

/** "2025-10-15", "2025-11-06 (to the week)" or "2025-11 (to the month)". */
export function formatEventDate(date: string, precision: TimePrecision): string {
  if (precision === 2) return `${date} (to the week)`;
  if (precision === 3) return `${date.slice(0, 7)} (to the month)`;
  return date;
}

export function describeTimePrecision(precision: TimePrecision): string {
  return `${precision}: ${TIME_PRECISION_TEXT[precision]}`;
}

/** "2: near a town or a small area, ±10 km". */
/** "1: the named town": a geo-precision code alone. */
export function describeGeoPrecisionCode(precision: number): string {
  return `${precision}: ${GEO_PRECISION_TEXT[precision as GeoPrecision] ?? "unknown"}`;
}

export function describeGeoPrecision(precision: GeoPrecision, accuracyM: number): string {
  return `${precision}: ${GEO_PRECISION_TEXT[precision]}, ±${formatDistance(accuracyM)}`;
}

/** Metres as "800 m", "2 km", "12.5 km". */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.round(metres)} m`;
  const km = metres / 1000;
  return `${km < 10 && !Number.isInteger(km) ? km.toFixed(1) : Math.round(km)} km`;
}

/**
 * The highest casualty total a source allows (killed plus injured, upper figures),
 * used to size a report's symbol; 0 when the source gives no figures.
 */
export function casualtiesHigh(p: ReportProperties): number {
  return (p.killed_max ?? p.killed ?? 0) + (p.injured_max ?? p.injured ?? 0);
}
