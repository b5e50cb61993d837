import { useMemo } from "react";
import { alongBorderPoints, type AlongBorderSelection } from "../core/view/along-border-chart";
import { reportMatches, type ReportFilter } from "../core/view/report-filter";
import { useAppState, useStore } from "../state/use-app-state";

/** The filter without the chart's own selection: what the chart plots. */
const otherFiltersKey = (f: ReportFilter) => JSON.stringify({ ...f, along: null });

/**
 * The chart along the border's view of the store: the reports every other
 * filter keeps, placed along the border (the border facts), the selection
 * (a filter like the others), and how many the filters keep with it (the
 * store's one result).
 */
export function useAlongBorder() {
  const store = useStore();
  const reports = useAppState((s) => s.dataset?.reports);
  const facts = useAppState((s) => s.facts);
  const filterFacts = useAppState((s) => s.filterFacts);
  const selection = useAppState((s) => s.view.filter.along);
  const others = useAppState((s) => otherFiltersKey(s.view.filter));
  const kept = useAppState((s) => s.shown.kept);
  const points = useMemo(() => {
    if (!reports || !facts) return [];
    const filter = JSON.parse(others) as ReportFilter;
    const plotted = reports.filter((r, i) => reportMatches(filter, r.properties, filterFacts[i]));
    const index = new Map(reports.map((r, i) => [r.properties.id, i]));
    return alongBorderPoints(plotted, new Map(plotted.map((r) => [r.properties.id, facts.alongKm[index.get(r.properties.id)!]!])));
  }, [reports, facts, filterFacts, others]);
  return useMemo(
    () => ({ points, borderKm: facts?.borderKm ?? 2_800, selection, chosen: kept, onSelect: (along: AlongBorderSelection | null) => store.setFilter({ along }) }),
    [store, points, facts, selection, kept],
  );
}
