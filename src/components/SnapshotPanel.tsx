import { memo } from "react";
import { SNAPSHOT_SIZES, type SnapshotSize } from "../core/snapshot/snapshot-layout";
import type { SnapshotPanelProps } from "./use-snapshot";

/** One click saves a PNG of the view, with its title, legend, scale, filters, credits, time and link. */
export const SnapshotPanel = memo(function SnapshotPanel({ size, onSize, onSave, busy, status }: SnapshotPanelProps) {
  return (
    <section className="panel snapshot" aria-labelledby="snapshot-title">
      <h2 id="snapshot-title">Picture of this view</h2>
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
