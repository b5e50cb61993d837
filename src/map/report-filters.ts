import type { ExpressionSpecification, FilterSpecification } from "maplibre-gl";

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

/**
 * The filter of each layer drawn from the reports' source, for a "within N km"
 * setting and the selected reports. Filters, not a new source: MapLibre
 * re-evaluates them on the tiles it has, with no new data.
 */
export function reportLayerFilters(withinKm: number | null, selectedIds: readonly string[]): Record<string, FilterSpecification | null> {
  const within = withinFilter(withinKm);
  const and = (filter: ExpressionSpecification): ExpressionSpecification => (within ? ["all", filter, within] : filter);
  return {
    reports: within,
    "report-stack-labels": and(STACK_LABEL_FILTER),
    "report-selected": and(["in", ["get", "id"], ["literal", [...selectedIds]]]),
  };
}
