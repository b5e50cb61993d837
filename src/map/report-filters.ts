import type { ExpressionSpecification, FilterSpecification } from "maplibre-gl";

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
 * The filter of each layer drawn from the reports' source: the filters as
 * one expression (`filterExpression`; null: none), and the selected reports
 * among those shown; the stack labels have theirs (`stackLabelStyle`).
 * Filters, not a new source: MapLibre re-evaluates them on the tiles it has,
 * with no new data.
 */
export function reportLayerFilters(selectedIds: readonly string[], shown: ExpressionSpecification | null = null): Record<string, FilterSpecification | null> {
  const and = (filter: ExpressionSpecification): ExpressionSpecification => (shown ? ["all", filter, shown] : filter);
  return {
    reports: shown,
    "report-selected": and(["in", ["get", "id"], ["literal", [...selectedIds]]]),
  };
}
