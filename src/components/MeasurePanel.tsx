import { memo, type KeyboardEvent } from "react";
import { describeSpotToBorder, formatLonLat } from "../core/distance/format-border";
import { formatLength, LENGTH_UNITS, type LengthUnit } from "../core/distance/format-length";
import type { BorderSpot } from "../map/measure-layer";
import type { MeasurePanelProps } from "./use-measure";

function spotText(spot: BorderSpot, unit: LengthUnit): { headline: string; detail: string } {
  const from = formatLonLat(spot.lon, spot.lat);
  if (spot.state === "pending") return { headline: "Measuring…", detail: `From ${from}` };
  if (spot.state === "failed") return { headline: `Not available (${spot.error})`, detail: `From ${from}` };
  const d = spot.distance;
  return {
    headline: describeSpotToBorder(d, unit),
    detail: `From ${from}. Nearest border point: ${formatLonLat(d.nearestLon, d.nearestLat)}, ${formatLength(d.alongKm * 1000, unit)} along the line from the Iran tripoint.`,
  };
}

/**
 * The measure tool's controls: a toggle, the unit, each segment and the total
 * (announced to screen readers), and a spot's distance to the border. The map
 * itself is driven through MapView; this panel only sends requests up.
 */
export const MeasurePanel = memo(function MeasurePanel({ measuring, unit, path, spot, onMeasuring, onUnit, onClear, onBorderFromCentre }: MeasurePanelProps) {
  const count = path.points.length;
  const total = count < 2 ? (count === 1 ? "1 point: add another to measure" : "") : `Total ${formatLength(path.totalM, unit)} over ${path.legs.length} ${path.legs.length === 1 ? "segment" : "segments"}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && (measuring || count > 0 || spot)) {
      onClear();
      onMeasuring(false);
    }
  };
  const spotLines = spot && spotText(spot, unit);
  return (
    <section className="panel measure" aria-labelledby="measure-title" onKeyDown={onKeyDown}>
      <h2 id="measure-title">Measure</h2>
      <div className="measure__controls">
        <button type="button" className="measure__toggle" aria-pressed={measuring} onClick={() => onMeasuring(!measuring)}>
          Measure
        </button>
        <label>
          Units{" "}
          <select value={unit} onChange={(e) => onUnit(e.target.value as LengthUnit)}>
            {LENGTH_UNITS.map(({ id, label }) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onClear} disabled={count === 0 && !spot}>
          Clear
        </button>
      </div>
      <p className="measure__hint">
        {measuring
          ? "Click the map to add points. On the focused map, arrows pan, Enter adds the centre, Backspace removes the last point; Escape cancels."
          : "Measures along WGS84 geodesics. Right-click the map for a spot's distance to the Durand Line."}
      </p>
      {path.legs.length > 0 && (
        <ol className="measure__legs" data-testid="measure-legs">
          {path.legs.map((leg, i) => (
            <li key={i} data-length-m={leg.lengthM}>
              Segment {i + 1}: {formatLength(leg.lengthM, unit)}
            </li>
          ))}
        </ol>
      )}
      <p className="measure__total" data-testid="measure-total" data-length-m={path.totalM} aria-live="polite">
        {total}
      </p>
      <button type="button" onClick={onBorderFromCentre}>
        Distance to the border from the map centre
      </button>
      <div className="measure__spot" data-testid="border-spot" aria-live="polite">
        {spotLines && (
          <>
            <p className="measure__spot-headline">{spotLines.headline}</p>
            <p>{spotLines.detail}</p>
          </>
        )}
      </div>
    </section>
  );
});
