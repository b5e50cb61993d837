import type { ExpressionSpecification, FilterSpecification } from "maplibre-gl";
import type { DisplayProperties } from "../core/display-reports";
import { reportMatches, type ReportFilter } from "../core/report-filter";

/** A stack of reports at one position is labelled once, on its first report. */
export const STACK_LABEL_FILTER: ExpressionSpecification = ["all", [">", ["get", "stack_size"], 1], ["==", ["get", "stack_index"], 1]];

/**
 * Reports whose distance to the border (`border_distance_m`, measured when
 * they load) is at most `km`; none while it is unknown. Null: no filter.
 */
export function withinFilter(km: number | null): ExpressionSpecification | null {
  if (km === null) return null;
  return ["all", ["has", "border_distance_m"], ["<=", ["to-number", ["get", "border_distance_m"]], km * 1000]];
}

/** The "within N km" filter, the "only these ids" filter and the explore filters, together; null when none applies. */
function within(withinKm: number | null, only: ExpressionSpecification | null, explore: ExpressionSpecification | null): ExpressionSpecification | null {
  const parts = [withinFilter(withinKm), only, explore].filter((p): p is ExpressionSpecification => p !== null);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : ["all", ...parts];
}

/**
 * The filter of each layer drawn from the reports' source, for a "within N km"
 * setting, the selected reports, and a set of reports to show alone (the
 * chart along the border). Filters, not a new source: MapLibre
 * re-evaluates them on the tiles it has, with no new data.
 */
export function reportLayerFilters(
  withinKm: number | null,
  selectedIds: readonly string[],
  onlyIds: readonly string[] | null = null,
  /** The explore filters as an expression (`filterExpression`). */
  explore: ExpressionSpecification | null = null,
): Record<string, FilterSpecification | null> {
  const only: ExpressionSpecification | null = onlyIds ? ["in", ["get", "id"], ["literal", [...onlyIds]]] : null;
  const shown: ExpressionSpecification | null = within(withinKm, only, explore);
  const and = (filter: ExpressionSpecification): ExpressionSpecification => (shown ? ["all", filter, shown] : filter);
  return {
    reports: shown,
    "report-stack-labels": and(STACK_LABEL_FILTER),
    "report-selected": and(["in", ["get", "id"], ["literal", [...selectedIds]]]),
  };
}

/**
 * The same test as the layer filters, in code: for the clusters and events,
 * which are made from the reports shown rather than drawn from their layer.
 */
export function reportShown(
  p: DisplayProperties,
  withinKm: number | null,
  onlyIds: ReadonlySet<string> | null,
  explore: ReportFilter | null = null,
): boolean {
  if (onlyIds && !onlyIds.has(p.id)) return false;
  if (withinKm !== null && !(p.border_distance_m !== undefined && p.border_distance_m <= withinKm * 1000)) return false;
  return explore === null || reportMatches(explore, p, { side: p.border_side, distanceM: p.border_distance_m, days: [p.day_from, p.day_to] });
}
