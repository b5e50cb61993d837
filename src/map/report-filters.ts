import type { ExpressionSpecification, FilterSpecification } from "maplibre-gl";
import type { DisplayProperties } from "../core/display-reports";
import { reportMatches, type ReportFilter } from "../core/report-filter";

/** The "×N" labels' layer: which reports carry one (the filter) and what it says (`text-field`). */
export interface StackLabelStyle {
  filter: FilterSpecification;
  textField: ExpressionSpecification | string;
}

/** No stack labelled: before the reports come, and when the dots canvas draws them. */
export const NO_STACK_LABELS: StackLabelStyle = { filter: false, textField: "" };

/**
 * The "×N" labels of the reports shown (`shownStacks`: the report that carries
 * each label, and N) as the label layer's filter and text. Expressions on the
 * reports' source rather than new data: the report layers' filters change in
 * the same call, so MapLibre cuts that source's tiles once for all of them. A
 * `match` looks an id up at once; reports with the same N share one branch.
 */
export function stackLabelStyle(labels: ReadonlyMap<string, number>): StackLabelStyle {
  if (labels.size === 0) return NO_STACK_LABELS;
  const idsByCount = new Map<number, string[]>();
  for (const [id, count] of labels) {
    const ids = idsByCount.get(count);
    if (ids) ids.push(id);
    else idsByCount.set(count, [id]);
  }
  const branches = [...idsByCount].flatMap(([count, ids]) => [ids, `×${count}`]);
  return {
    filter: ["match", ["get", "id"], [...labels.keys()], true, false],
    textField: ["match", ["get", "id"], ...branches, ""] as unknown as ExpressionSpecification,
  };
}

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
 * chart along the border); the stack labels have theirs (`stackLabelStyle`).
 * Filters, not a new source: MapLibre
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
