import { memo } from "react";
import { SNAPSHOT_SIZES, type SnapshotSize } from "../core/snapshot/snapshot-layout";
import type { SnapshotPanelProps } from "./use-snapshot";
import "./snapshot.css";

/** One click saves a PNG of the view, with its title and subtitle (editable), caption, legend, scale, credits, time and link. */
export const SnapshotPanel = memo(function SnapshotPanel({ size, onSize, onSave, busy, status, title, subtitle, onTitle, onSubtitle, defaults }: SnapshotPanelProps) {
  return (
    <section className="panel snapshot" aria-labelledby="snapshot-title">
      <h2 id="snapshot-title">Picture of this view</h2>
      <label className="snapshot__field">
        Title
        <input type="text" value={title ?? defaults.title} placeholder={defaults.title} onChange={(e) => onTitle(e.target.value)} maxLength={200} />
      </label>
      <label className="snapshot__field">
        Subtitle
        <input type="text" value={subtitle ?? defaults.subtitle} placeholder={defaults.subtitle} onChange={(e) => onSubtitle(e.target.value)} maxLength={200} />
      </label>
      <p className="snapshot__hint">An emptied field gives the picture the text shown greyed in it.</p>
      <label>
        Size{" "}
        <select value={size} onChange={(e) => onSize(e.target.value as SnapshotSize)}>
          {SNAPSHOT_SIZES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>{" "}
      <button type="button" onClick={onSave} disabled={busy}>
        Save PNG
      </button>
      <p className="snapshot__status" role="status" aria-live="polite" data-testid="snapshot-status">
        {status}
      </p>
    </section>
  );
});
