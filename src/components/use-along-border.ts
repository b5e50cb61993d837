import { useMemo } from "react";
import { alongBorderPoints, type AlongBorderSelection } from "../core/view/along-border-chart";
import { useAppState, useStore } from "../state/use-app-state";

/** The chart along the border's view of the store: each report's place along it (the border facts) and the selection, a filter like the others. */
export function useAlongBorder() {
  const store = useStore();
  const reports = useAppState((s) => s.dataset?.reports);
  const facts = useAppState((s) => s.facts);
  const selection = useAppState((s) => s.view.filter.along);
  const points = useMemo(() => {
    if (!reports || !facts) return [];
    return alongBorderPoints(reports, new Map(reports.map((r, i) => [r.properties.id, facts.alongKm[i]!])));
  }, [reports, facts]);
  return useMemo(
    () => ({ points, borderKm: facts?.borderKm ?? 2_800, selection, onSelect: (along: AlongBorderSelection | null) => store.setFilter({ along }) }),
    [store, points, facts, selection],
  );
}
