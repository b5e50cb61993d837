import { memo } from "react";
import { SUB_EVENT_COLORS, CASUALTY_STOPS } from "../map/report-colors";
import type { ReportFeature } from "../core/report";

interface Props {
  reports: readonly ReportFeature[];
}

/** Explains every symbol on the map: the border layers, each sub-event type present, and symbol sizes. */
/** Memoised: the app re-renders on every panel's change, and this one need not (its props are stable). */
export const Legend = memo(function Legend({ reports }: Props) {
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
        Size: killed + injured, highest figure the source gives (
        {CASUALTY_STOPS.map(([n]) => n).join(", ")}+). &quot;×7&quot; marks reports sharing one position.
      </p>
    </section>
  );
});
