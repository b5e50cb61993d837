import { memo } from "react";
import { dayNumber, isoDay, type AlongBorderPoint, type AlongBorderSelection } from "../core/view/along-border-chart";
import { AlongBorderChart } from "./AlongBorderChart";

interface Props {
  points: readonly AlongBorderPoint[];
  borderKm: number;
  selection: AlongBorderSelection | null;
  /** Reports every filter keeps, the selection with them (the store's one result). */
  chosen: number;
  onSelect: (selection: AlongBorderSelection | null) => void;
}

/** The chart of reports along the border, with the same selection as fields for the keyboard. */
export const AlongBorderPanel = memo(function AlongBorderPanel({ points, borderKm, selection, chosen, onSelect }: Props) {
  const current = selection ?? { kmFrom: 0, kmTo: borderKm, dayFrom: null, dayTo: null };
  const setKm = (key: "kmFrom" | "kmTo", value: string) => {
    const km = Number(value);
    if (value.trim() !== "" && Number.isFinite(km)) onSelect({ ...current, [key]: km });
  };
  const setDay = (key: "dayFrom" | "dayTo", value: string) => onSelect({ ...current, [key]: value ? dayNumber(value) : null });
  return (
    <section className="panel" aria-labelledby="along-title">
      <h2 id="along-title">Along the border</h2>
      <AlongBorderChart points={points} borderKm={borderKm} selection={selection} onSelect={onSelect} />
      <p className="hint">Drag on the chart to pick a stretch of the border and a period.</p>
      <div className="along-fields">
        <label>
          From km <input type="number" name="along-km-from" min={0} max={borderKm} value={Math.round(current.kmFrom)} onChange={(e) => setKm("kmFrom", e.target.value)} />
        </label>
        <label>
          to km <input type="number" name="along-km-to" min={0} max={borderKm} value={Math.round(current.kmTo)} onChange={(e) => setKm("kmTo", e.target.value)} />
        </label>
        <label>
          From <input type="date" name="along-date-from" value={current.dayFrom === null ? "" : isoDay(Math.ceil(current.dayFrom))} onChange={(e) => setDay("dayFrom", e.target.value)} />
        </label>
        <label>
          to <input type="date" name="along-date-to" value={current.dayTo === null ? "" : isoDay(Math.floor(current.dayTo))} onChange={(e) => setDay("dayTo", e.target.value)} />
        </label>
      </div>
      <p data-testid="along-count" aria-live="polite">
        {selection
          ? `${chosen.toLocaleString("en")} of ${points.length.toLocaleString("en")} reports in the selection`
          : `${points.length.toLocaleString("en")} reports placed along the border`}
        {" "}(those the other filters keep){" "}
        {selection && (
          <button type="button" className="link-button" onClick={() => onSelect(null)}>
            Clear selection
          </button>
        )}
      </p>
    </section>
  );
});
