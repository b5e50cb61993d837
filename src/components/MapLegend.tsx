import { useMemo, useState } from "react";
import { CLUSTER_WORDS, DISAGREE_WORDS, EVENT_WORDS, REPORT_SIZE_WORDS } from "../core/view/casualty-words";
import { DEFAULT_BANDS_KM } from "../core/bands/band-distances";
import type { LegendItem } from "../snapshot/draw-snapshot";
import { snapshotLegend } from "../snapshot/snapshot-legend";
import type { ReportView } from "../map/report-view-style";
import { visibilityOf } from "../state/layer-visibility";
import { useAppState } from "../state/use-app-state";

/** The swatch of one legend item, drawn as the picture's legend draws it. */
function Swatch({ item }: { item: LegendItem }) {
  if (item.kind === "note") return null;
  return <span className={`swatch swatch--${item.kind}`} style={{ color: item.color }} aria-hidden="true" />;
}

/**
 * The legend on the map, over its corner: the same items as a saved
 * picture's legend (one owner: `snapshotLegend`), for what the map shows
 * now, and what each number on it counts. It folds to one button.
 */
export function MapLegend({ startOpen }: { startOpen: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const properties = useAppState((s) => s.properties);
  const mask = useAppState((s) => s.shown.mask);
  const view = useAppState((s) => (s.view.view ?? "reports") as ReportView);
  const density = useAppState((s) => s.view.density ?? false);
  const hidden = useAppState((s) => s.view.hidden);
  const bands = useAppState((s) => s.view.bands);
  const selected = useAppState((s) => s.view.selected);
  const visible = useMemo(() => visibilityOf(hidden), [hidden]);
  const items = useMemo(() => {
    const types = new Set<string>();
    properties.forEach((p, i) => mask[i] === 1 && types.add(p.sub_event_type));
    return snapshotLegend({ view, density, visible, bandsKm: bands ?? DEFAULT_BANDS_KM, shownSubEventTypes: types });
  }, [properties, mask, view, density, visible, bands]);
  const accuracy = visible.places || (visible.reports && selected !== undefined);

  return (
    <section className={`map-legend${open ? " map-legend--open" : ""}`} aria-labelledby="map-legend-title">
      <h2 className="map-legend__title" id="map-legend-title">
        <button type="button" className="map-legend__toggle" aria-expanded={open} aria-controls="map-legend-body" onClick={() => setOpen((o) => !o)}>
          Legend
        </button>
      </h2>
      <div id="map-legend-body" className="map-legend__body" hidden={!open}>
        <ul className="map-legend__items">
          {items.map((item) => (
            <li key={`${item.kind}:${item.label}`} className={`map-legend__item map-legend__item--${item.kind}`}>
              <Swatch item={item} /> {item.label}
            </li>
          ))}
          {accuracy && (
            <li className="map-legend__item">
              <span className="swatch swatch--accuracy" aria-hidden="true" /> Area a place or the chosen report may lie in (its stated accuracy)
            </li>
          )}
        </ul>
        {visible.reports && (
          <details className="map-legend__more">
            <summary>What the sizes and numbers count</summary>
            {view === "events" ? (
              <p>
                {EVENT_WORDS}. Orange: {DISAGREE_WORDS}.
              </p>
            ) : (
              <p>
                {REPORT_SIZE_WORDS}. &quot;×7&quot;: seven reports at one position.{view === "clusters" && <> {CLUSTER_WORDS}; click one to zoom in.</>}
              </p>
            )}
          </details>
        )}
      </div>
    </section>
  );
}
