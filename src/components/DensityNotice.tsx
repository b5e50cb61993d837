import { useState } from "react";
import { CROWDED_VIEW, offerOverview } from "../core/view/crowded-view";
import type { ReportView } from "../map/report-view-style";
import { useAppState, useStore } from "../state/use-app-state";
import "./density-notice.css";

/**
 * A notice on the map when its view holds too many reports for a dot each
 * (`offerOverview`): buttons to show them as clusters or as a heatmap, so
 * that the Durand Line is seen again, and to dismiss it (until other reports
 * are loaded). Reads the store; changes only the view, through its actions.
 * Goes inside the map's area (`.app__map-area`, position: relative).
 */
export function DensityNotice() {
  const store = useStore();
  const inView = useAppState((s) => s.inView);
  const zoom = useAppState((s) => s.view.camera?.zoom ?? 0);
  const reportView = useAppState((s) => (s.view.view ?? "reports") as ReportView);
  const heatmap = useAppState((s) => s.view.density ?? false);
  const dataset = useAppState((s) => s.dataset);
  const [dismissedFor, setDismissedFor] = useState<typeof dataset | undefined>(undefined);

  if (dismissedFor === dataset || !offerOverview({ inView, zoom, reportView, heatmap })) return null;
  return (
    <section className="density-notice" aria-labelledby="density-notice-title" data-testid="density-notice">
      <p id="density-notice-title" className="density-notice__text">
        {inView.toLocaleString("en")} reports in view: their dots hide one another and the Durand Line. Below zoom{" "}
        {CROWDED_VIEW.belowZoom}, show them as
      </p>
      <div className="density-notice__actions">
        <button type="button" className="density-notice__button" onClick={() => store.setReportView("clusters")}>
          Clusters
        </button>
        <button type="button" className="density-notice__button" onClick={() => store.setDensity(true)}>
          A heatmap
        </button>
        <button type="button" className="density-notice__dismiss" onClick={() => setDismissedFor(dataset)}>
          Keep the dots
        </button>
      </div>
    </section>
  );
}
