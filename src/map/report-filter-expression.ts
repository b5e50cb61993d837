import type { ExpressionSpecification } from "maplibre-gl";
import { alongDays, alongRange, casualtyField, FILTER_KEYS, isActive, type FilterGroup, type ReportFilter } from "../core/view/report-filter";

/**
 * The explore filters as one MapLibre expression on the drawn reports'
 * properties (`display-reports.ts` adds `day_from`, `day_to` and, once
 * measured, `border_side`, `border_distance_m` and `border_along_km`; the distance band reads `accuracy_m` too): MapLibre re-evaluates it on the data it has, with
 * nothing sent again. Null when no filter is set. `reportMatches` in the core
 * is the same test in code; the browser tests hold the two to each other.
 */
export function filterExpression(f: ReportFilter): ExpressionSpecification | null {
  const parts = FILTER_KEYS.filter((k) => isActive(f, k)).map((k) => part(k, f));
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : ["all", ...parts];
}

const among = (property: string, values: readonly (string | number)[]): ExpressionSpecification => ["in", ["get", property], ["literal", [...values]]];

function part(key: FilterGroup, f: ReportFilter): ExpressionSpecification {
  switch (key) {
    case "dateFrom": {
      const ends: ExpressionSpecification[] = [];
      if (f.dateFrom !== null) ends.push([">=", ["get", "day_to"], f.dateFrom]);
      if (f.dateTo !== null) ends.push(["<=", ["get", "day_from"], f.dateTo]);
      return ends.length === 1 ? ends[0]! : ["all", ...ends];
    }
    case "eventTypes":
      return among("event_type", f.eventTypes!);
    case "subEventTypes":
      return among("sub_event_type", f.subEventTypes!);
    case "killedAtLeast":
      return [">=", ["coalesce", ["get", casualtyField(f, "killed")], -1], f.killedAtLeast!];
    case "injuredAtLeast":
      return [">=", ["coalesce", ["get", casualtyField(f, "injured")], -1], f.injuredAtLeast!];
    case "sources":
      return among("source", f.sources!);
    case "sides":
      return ["all", ["has", "border_side"], among("border_side", f.sides!)];
    case "distanceFromKm": {
      // `inDistanceBand` in the core: the range [max(0, d − r), d + r] inside the band (certainly) or touching it (possibly).
      if (f.distanceFromKm !== null && f.distanceToKm !== null && f.distanceFromKm > f.distanceToKm) return ["boolean", false];
      const d: ExpressionSpecification = ["to-number", ["get", "border_distance_m"]];
      const r: ExpressionSpecification = ["max", 0, ["to-number", ["get", "accuracy_m"], 0]];
      const minM: ExpressionSpecification = ["max", 0, ["-", d, r]];
      const maxM: ExpressionSpecification = ["+", d, r];
      const certainly = f.distanceMode === "certainly";
      const ends: ExpressionSpecification[] = [["has", "border_distance_m"]];
      if (f.distanceFromKm !== null) ends.push([">=", certainly ? minM : maxM, f.distanceFromKm * 1000]);
      if (f.distanceToKm !== null) ends.push(["<=", certainly ? maxM : minM, f.distanceToKm * 1000]);
      return ["all", ...ends];
    }
    case "geoPrecisions":
      return among("geo_precision", f.geoPrecisions!);
    case "timePrecisions":
      return among("time_precision", f.timePrecisions!);
    case "along": {
      const [lo, hi] = alongRange(f.along!);
      const [dayFrom, dayTo] = alongDays(f.along!);
      const km: ExpressionSpecification = ["to-number", ["get", "border_along_km"]];
      const ends: ExpressionSpecification[] = [["has", "border_along_km"], [">=", km, lo], ["<=", km, hi]];
      if (dayFrom !== null) ends.push([">=", ["get", "day_to"], dayFrom]);
      if (dayTo !== null) ends.push(["<=", ["get", "day_from"], dayTo]);
      return ["all", ...ends];
    }
  }
}
