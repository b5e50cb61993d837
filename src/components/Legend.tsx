import { memo } from "react";
import { CLUSTER_WORDS, DISAGREE_WORDS, EVENT_WORDS, REPORT_SIZE_WORDS } from "../core/view/casualty-words";
import { SUB_EVENT_COLORS, CASUALTY_STOPS } from "../map/report-colors";
import type { ReportFeature } from "../core/reports/report";
import type { ReportView } from "../map/report-view-style";

interface Props {
  reports: readonly ReportFeature[];
  view?: ReportView;
}

/** Explains every symbol on the map: the border layers, each sub-event type present, and symbol sizes. */
export const Legend = memo(function Legend({ reports, view = "reports" }: Props) {
  const types = [...new Set(reports.map((r) => r.properties.sub_event_type))].sort();
  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        <li>
          <span className="swatch swatch--durand" aria-hidden="true" /> Durand Line: de facto boundary, not recognised by
          Afghanistan
        </li>
        <li>
          <span className="swatch swatch--kp" aria-hidden="true" /> Khyber Pakhtunkhwa (with the former F.A.T.A.)
        </li>
        <li>
          <span className="swatch swatch--accuracy" aria-hidden="true" /> Uncertainty of a place&apos;s position
        </li>
        {types.map((type) => (
          <li key={type}>
            <span className="swatch swatch--dot" style={{ background: SUB_EVENT_COLORS[type] ?? "#555" }} aria-hidden="true" />{" "}
            {type}
          </li>
        ))}
      </ul>
      <p className="legend__sizes">
        {REPORT_SIZE_WORDS} ({CASUALTY_STOPS.map(([n]) => n).join(", ")}+). &quot;×7&quot; marks reports sharing one position.
      </p>
      {view === "clusters" && (
        <p className="legend__sizes">
          <span className="swatch swatch--dot" style={{ background: "#5b3a8c" }} aria-hidden="true" /> {CLUSTER_WORDS}. Click to zoom in.
        </p>
      )}
      {view === "events" && (
        <p className="legend__sizes">
          <span className="swatch swatch--event" aria-hidden="true" /> {EVENT_WORDS}. <span className="legend__disagree">Orange</span>:{" "}
          {DISAGREE_WORDS}. Click for every group&apos;s figures and every source&apos;s.
        </p>
      )}
    </section>
  );
});
