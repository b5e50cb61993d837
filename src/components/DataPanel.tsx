import { memo } from "react";
import { formatIssue } from "../core/validate-reports";
import type { Dataset } from "../data/load-reports";
import type { StoredImport } from "../data/stored-import";

interface Props {
  dataset: Dataset | null;
  onFile: (file: File) => void;
  onSeed: () => void;
  /** The file kept in this browser (IndexedDB), if any. */
  stored?: StoredImport | null;
  onOpenStored?: () => void;
  onDeleteStored?: () => void;
}

/** Which reports are shown, a way to open a file of one's own, and every problem found in it. */
export const DataPanel = memo(function DataPanel({ dataset, onFile, onSeed, stored, onOpenStored, onDeleteStored }: Props) {
  return (
    <section className="panel" aria-labelledby="data-title">
      <h2 id="data-title">Reports</h2>
      <p className="dataset" data-testid="dataset-status">
        {dataset
          ? `${dataset.reports.length.toLocaleString("en")} reports from ${dataset.name}${
              dataset.issues.length ? `; ${dataset.issues.length} problems found` : ""
            }`
          : "Loading reports…"}
      </p>
      <label className="file">
        Open a GeoJSON file of reports{" "}
        <input
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = "";
          }}
        />
      </label>
      <button type="button" onClick={onSeed}>
        Show the seed reports
      </button>
      <p className="stored" data-testid="stored-status">
        {stored ? (
          <>
            Kept in this browser: {stored.name} ({Math.ceil(stored.text.length / 1024).toLocaleString("en")} kB, {stored.savedAt.slice(0, 10)}){" "}
            <button type="button" className="link-button" onClick={onOpenStored}>
              Show it
            </button>{" "}
            <button type="button" className="link-button" onClick={onDeleteStored}>
              Delete it
            </button>
          </>
        ) : (
          "Nothing kept in this browser: a file you open is kept here until you delete it."
        )}
      </p>
      {dataset && dataset.issues.length > 0 && (
        <div className="issues" role="alert">
          <h3>Problems in {dataset.name} (valid reports are still shown)</h3>
          <ul data-testid="issues">
            {dataset.issues.map((issue, i) => (
              <li key={i}>{formatIssue(issue)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
});
