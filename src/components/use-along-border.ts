import { useMemo } from "react";
import type { AlongBorderSelection } from "../core/view/along-border-chart";
import { useAppState, useStore } from "../state/use-app-state";

/**
 * The chart along the border's view of the store: the reports every other
 * filter keeps, placed along the border (derived in the store), the
 * selection (a filter like the others), and how many the filters keep with
 * it (the store's one result).
 */
export function useAlongBorder() {
  const store = useStore();
  const points = useAppState((s) => s.alongPlotted);
  const borderKm = useAppState((s) => s.facts?.borderKm ?? 2_800);
  const selection = useAppState((s) => s.view.filter.along);
  const kept = useAppState((s) => s.shown.kept);
  return useMemo(
    () => ({ points, borderKm, selection, chosen: kept, onSelect: (along: AlongBorderSelection | null) => store.setFilter({ along }) }),
    [store, points, borderKm, selection, kept],
  );
}
