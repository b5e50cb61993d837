import { memo } from "react";
import { formatIssue } from "../core/io/validate-reports";
import { issuesToCsv } from "../core/io/issues-file";
import { saveBlob } from "./save-file";
import type { DataPanelProps } from "./use-datasets";

/** Problems listed on the page; all of them are in the downloaded list. */
const LISTED = 200;

const kB = (size: number) => `${Math.max(1, Math.ceil(size / 1024)).toLocaleString("en")} kB`;

/** Which reports are shown, ways to open a file of one's own (or drop it on the page), the files kept in this browser, and every problem found. */
export const DataPanel = memo(function DataPanel(props: DataPanelProps) {
  const { dataset, reading, rejected, stored, shownKey, onFile, onSeed, onOpenStored, onDownloadStored, onDeleteStored } = props;
  const issues = dataset?.issues ?? [];
  return (
    <section className="panel" aria-labelledby="data-title">
      <h2 id="data-title">Reports</h2>
      <p className="dataset" data-testid="dataset-status">
        {dataset
          ? `${dataset.reports.length.toLocaleString("en")} reports from ${dataset.name}${issues.length ? `; ${issues.length.toLocaleString("en")} problems found` : ""}`
          : "Loading reports…"}
      </p>
      {reading && (
        <p className="reading" data-testid="reading-status">
          <label>
            Reading {reading.name}: {Math.round(reading.fraction * 100)} %{" "}
            <progress max={1} value={reading.fraction} />
          </label>
        </p>
      )}
      <label className="file">
        Open a file of reports (GeoJSON, CSV as ACLED or UCDP export it, KML, or a snapshot file), or drop it on the page{" "}
        <input
          type="file"
          accept=".geojson,.json,.csv,.tsv,.txt,.kml,application/geo+json,application/json,text/csv,application/vnd.google-earth.kml+xml"
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
      <div className="stored" data-testid="stored-status">
        {stored.length === 0 ? (
          <p>Nothing kept in this browser: a file you open is kept here until you delete it.</p>
        ) : (
          <>
            <p>Kept in this browser:</p>
            <ul>
              {stored.map((s) => (
                <li key={s.key}>
                  {s.name} ({kB(s.size)}, {s.savedAt.slice(0, 16).replace("T", " ")} UTC){s.key === shownKey ? ", shown" : ""}{" "}
                  <button type="button" className="link-button" onClick={() => onOpenStored(s.key)} aria-label={`Show ${s.name}`}>
                    Show
                  </button>{" "}
                  <button type="button" className="link-button" onClick={() => onDownloadStored(s.key)} aria-label={`Download ${s.name}`}>
                    Download
                  </button>{" "}
                  <button type="button" className="link-button" onClick={() => onDeleteStored(s.key)} aria-label={`Delete ${s.name}`}>
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {rejected && (
        <div className="issues" role="alert" data-testid="rejected">
          <h3>{rejected.name} could not be opened: no report in it could be read. The reports shown are as they were.</h3>
          <ul>
            {rejected.issues.slice(0, LISTED).map((issue, i) => (
              <li key={i}>{formatIssue(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {dataset && issues.length > 0 && (
        <div className="issues" role="alert">
          <h3>Problems in {dataset.name} (valid reports are still shown)</h3>
          <p className="issues__note">Rows count from the first row under the header (a spreadsheet's row 2 is row 1).</p>
          <button type="button" onClick={() => saveBlob(new Blob([issuesToCsv(issues)], { type: "text/csv" }), `problems-${dataset.name.split(",")[0]!.replace(/[^\w.-]+/g, "_")}.csv`)}>
            Download the {issues.length.toLocaleString("en")} problems (CSV)
          </button>
          <ul data-testid="issues">
            {issues.slice(0, LISTED).map((issue, i) => (
              <li key={i}>{formatIssue(issue)}</li>
            ))}
          </ul>
          {issues.length > LISTED && <p>…and {(issues.length - LISTED).toLocaleString("en")} more in the downloaded list.</p>}
        </div>
      )}
    </section>
  );
});
