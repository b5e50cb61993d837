import { useEffect, useState, type FormEvent, memo } from "react";
import { MAX_DISTANCE_KM, parseBandDistances, parseWithinKm } from "../core/bands/band-distances";
import { DISTANCE_MODES, type DistanceMode } from "../core/view/distance-band";
import type { BandsStatus } from "../state/work-status";
import type { BorderBandsPanelProps } from "./use-border-bands";

function statusText(status: BandsStatus | null): string {
  if (!status) return "";
  const list = `${status.distancesKm.join(", ")} km`;
  if (status.state === "computing") return `Computing bands at ${list}…`;
  if (status.state === "failed") return `Could not compute the bands: ${status.message}`;
  // Bands drawn before come back from the worker's store at once: no time to tell.
  const time = status.ms < 50 ? "" : ` (computed in ${(status.ms / 1000).toFixed(1)} s)`;
  return `Bands at ${list} from the Durand Line, both sides${time}`;
}

function keptText({ withinKm, fromKm, mode, kept, total }: Pick<BorderBandsPanelProps, "withinKm" | "fromKm" | "mode" | "kept" | "total">): string {
  if (withinKm === null && fromKm === null) return `No distance filter: all ${total.toLocaleString("en")} reports pass it`;
  if (kept === null) return "Measuring the reports' distances to the border…";
  const band = fromKm === null ? `within ${withinKm} km` : withinKm === null ? `at least ${fromKm} km away` : `${fromKm}–${withinKm} km away`;
  // Both counts, the mode shown first: what the other mode would keep is one choice away.
  const [shown, other] = mode === "certainly" ? (["certainly", "possibly"] as const) : (["possibly", "certainly"] as const);
  return `${kept[shown].toLocaleString("en")} of ${total.toLocaleString("en")} reports ${shown} ${band} (shown), ${kept[other].toLocaleString("en")} ${other} (this filter alone; the other filters may keep fewer)`;
}

/**
 * Buffer bands along the border (a list of distances, checked before it goes
 * to the map) and a filter keeping reports within N km of it. The map itself
 * is driven through MapView; this panel only sends values up.
 */
export const BorderBands = memo(function BorderBands({ distancesKm, status, withinKm, fromKm, mode, kept, total, onDistances, onWithinKm, onMode }: BorderBandsPanelProps) {
  const [bandsText, setBandsText] = useState(distancesKm.join(", "));
  const [bandsError, setBandsError] = useState<string | null>(null);
  const [withinText, setWithinText] = useState(withinKm === null ? "" : String(withinKm));
  const [withinError, setWithinError] = useState<string | null>(null);
  // The same filter is set elsewhere too (the filter panel's band, Clear all, a link): the field follows it.
  useEffect(() => {
    setWithinText((text) => {
      const parsed = parseWithinKm(text);
      return parsed.ok && parsed.km === withinKm ? text : withinKm === null ? "" : String(withinKm);
    });
    setWithinError(null);
  }, [withinKm]);
  useEffect(() => setBandsText(distancesKm.join(", ")), [distancesKm]);

  const submitBands = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseBandDistances(bandsText);
    setBandsError(parsed.ok ? null : parsed.message);
    if (parsed.ok) onDistances(parsed.km);
  };
  const changeWithin = (text: string, badInput: boolean) => {
    setWithinText(text);
    const parsed = badInput ? { ok: false as const, message: "Write the distance as a number of km, such as 25" } : parseWithinKm(text);
    setWithinError(parsed.ok ? null : parsed.message);
    // A bad value leaves the last good filter in place rather than flashing every report back.
    if (parsed.ok) onWithinKm(parsed.km);
  };

  return (
    <section className="panel bands" aria-labelledby="bands-title">
      <h2 id="bands-title">Distance from the border</h2>
      <form className="bands__form" onSubmit={submitBands}>
        <label>
          Bands (km){" "}
          <input
            type="text"
            name="bands"
            value={bandsText}
            inputMode="decimal"
            aria-invalid={bandsError !== null}
            aria-describedby="bands-help"
            onChange={(e) => setBandsText(e.target.value)}
          />
        </label>{" "}
        <button type="submit">Draw</button>
      </form>
      <p id="bands-help" className="bands__help">
        Distances separated by commas, each above 0 and up to {MAX_DISTANCE_KM} km.
      </p>
      {bandsError && (
        <p className="bands__error" role="alert" data-testid="bands-error">
          {bandsError}
        </p>
      )}
      <p className="bands__status" data-testid="bands-status" aria-live="polite">
        {statusText(status)}
      </p>
      <label className="bands__within">
        Only reports{" "}
        <select name="within-mode" aria-label="Possibly or certainly within" value={mode} onChange={(e) => onMode(e.target.value as DistanceMode)}>
          {DISTANCE_MODES.map((m) => (
            <option key={m} value={m}>
              {m === "possibly" ? "possibly (default)" : m}
            </option>
          ))}
        </select>{" "}
        within{" "}
        <input
          type="number"
          name="within-km"
          aria-label="Only reports within this many km of the border"
          min={0}
          max={MAX_DISTANCE_KM}
          step="any"
          value={withinText}
          aria-invalid={withinError !== null}
          onChange={(e) => changeWithin(e.target.value, e.target.validity.badInput)}
        />{" "}
        km of the border
      </label>{" "}
      <span className="bands__hint">
        (the same filter as the band under Filter reports; possibly: the range of distances a report&apos;s place allows touches the band, certainly: all of it lies inside)
      </span>
      {withinError && (
        <p className="bands__error" role="alert" data-testid="within-error">
          {withinError}
        </p>
      )}
      <p className="bands__kept" data-testid="within-count" aria-live="polite">
        {keptText({ withinKm, fromKm, mode, kept, total })}
      </p>
    </section>
  );
});
