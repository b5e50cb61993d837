import { useMemo } from "react";
import { describeFilter } from "../core/view/describe-filter";
import { useAppState, useStore } from "../state/use-app-state";

const n = (x: number) => x.toLocaleString("en");

/**
 * One line over the map: which reports, how many the filters keep, the
 * filters in words, and how many of them lie in the view. It reads the same
 * counts as the filter panel, the list and the picture.
 */
export function MapSummary() {
  const store = useStore();
  const dataset = useAppState((s) => s.dataset);
  const shown = useAppState((s) => s.shown);
  const filter = useAppState((s) => s.view.filter);
  const inView = useAppState((s) => s.inView);
  const filters = useMemo(() => describeFilter(filter), [filter]);
  if (!dataset) return <p className="map-summary">Loading reports…</p>;
  return (
    <p className="map-summary" data-testid="map-summary">
      <span className="map-summary__counts">
        {n(shown.kept)} of {n(shown.total)} reports
      </span>{" "}
      <span className="map-summary__filters">{filters.length ? `(${filters.join("; ")})` : "(no filter)"}</span>
      <span className="map-summary__view"> · {n(inView)} in view</span>
      {filters.length > 0 && (
        <button type="button" className="map-summary__clear" onClick={() => store.clearFilters()}>
          Clear filters
        </button>
      )}
    </p>
  );
}
