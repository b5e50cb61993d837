import { LAYER_GROUPS, type LayerGroup } from "../map/layer-groups";

/** Layer groups as the view names them (those switched off), as on/off. */
export function visibilityOf(hidden: readonly string[] | undefined): Record<LayerGroup, boolean> {
  const v = Object.fromEntries(LAYER_GROUPS.map((g) => [g.id, true])) as Record<LayerGroup, boolean>;
  for (const g of hidden ?? []) if (g in v) v[g as LayerGroup] = false;
  return v;
}
