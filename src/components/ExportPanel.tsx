import { memo } from "react";
import { eventsToGeoJson } from "../core/events/events";
import { eventsToCsv, eventsWithReports } from "../core/io/export-events";
import { reportsToCsv, reportsToGeoJson, type ExportRow } from "../core/io/export-reports";
import type { ReportFeature } from "../core/reports/report";
import type { BorderFacts } from "../core/view/border-facts";
import { writeSnapshotFile } from "../core/io/snapshot-file";
import type { EventsStatus, FactsStatus } from "../state/work-status";
import { saveBlob } from "./save-file";

export interface ExportPanelProps {
  /** All the reports loaded, as read, and their border facts (measured once). */
  reports: readonly ReportFeature[];
  facts: BorderFacts | null;
  factsStatus: FactsStatus;
  /** The store's shown result: a byte per report, 1 where shown, and how many. */
  mask: Uint8Array;
  kept: number;
  /** The events view's grouping of the reports shown, when it is drawn. */
  events: EventsStatus | null;
  /** The view as a link writes it (after "#"), and the reports' dataset: for the snapshot file. */
  view: string;
  datasetName: string;
}

function download(text: string, name: string, type: string): void {
  saveBlob(new Blob([text], { type }), name);
}

/** The rows of the reports shown, with the distances and sides the store measured (none is written before they are). */
export function exportRows(reports: readonly ReportFeature[], mask: Uint8Array, facts: BorderFacts): ExportRow[] {
  const rows: ExportRow[] = [];
  for (let i = 0; i < reports.length; i++) {
    if (mask[i] !== 1) continue;
    const r = reports[i]!;
    const [lon, lat] = r.geometry.coordinates as [number, number];
    const d = facts.distancesM[i]!;
    rows.push({ properties: r.properties, lon, lat, distanceM: Number.isFinite(d) ? d : undefined, side: facts.sides[i] });
  }
  return rows;
}

/**
 * Downloads the reports the filters show (GeoJSON, CSV with ACLED's column
 * names) with their distance to the border, once it is measured; the events;
 * and a snapshot file of the view with its reports.
 */
export const ExportPanel = memo(function ExportPanel({ reports, facts, factsStatus, mask, kept, events, view, datasetName }: ExportPanelProps) {
  const grouped = () => (events?.state === "drawn" ? eventsWithReports(events.all, events.reportIds, events.eventIndex) : []);
  const stamp = new Date().toISOString().slice(0, 10);
  const shownReports = () => reports.filter((_, i) => mask[i] === 1);
  const snapshotFile = () => writeSnapshotFile({ view, dataset: datasetName, reports: shownReports(), total: reports.length, madeAt: new Date() });
  const measuring = facts === null;
  const waiting =
    factsStatus.state === "failed"
      ? `The distances to the border could not be measured (${factsStatus.message}), so the reports cannot be downloaded with them.`
      : "Measuring their distances to the border…";
  return (
    <section className="panel export" aria-labelledby="export-title">
      <h2 id="export-title">Download</h2>
      <p className="export__what">The {kept.toLocaleString("en")} reports shown, with their distance to the border:</p>
      <p className="export__buttons">
        <button
          type="button"
          disabled={measuring}
          onClick={() => facts && download(JSON.stringify(reportsToGeoJson(exportRows(reports, mask, facts))), `border-reports-${stamp}.geojson`, "application/geo+json")}
        >
          GeoJSON
        </button>{" "}
        <button type="button" disabled={measuring} onClick={() => facts && download(reportsToCsv(exportRows(reports, mask, facts)), `border-reports-${stamp}.csv`, "text/csv")}>
          CSV (ACLED columns)
        </button>
        {measuring && reports.length > 0 && (
          <span className="export__hint" role="status" data-testid="export-waiting">
            {" "}
            {waiting}
          </span>
        )}
      </p>
      {events?.state === "drawn" && (
        <>
          <p className="export__what">The {events.events.toLocaleString("en")} events they form:</p>
          <p className="export__buttons">
            <button type="button" aria-label="Events as GeoJSON" onClick={() => download(JSON.stringify(eventsToGeoJson(grouped())), `border-events-${stamp}.geojson`, "application/geo+json")}>
              GeoJSON
            </button>{" "}
            <button type="button" aria-label="Events as CSV" onClick={() => download(eventsToCsv(grouped()), `border-events-${stamp}.csv`, "text/csv")}>
              CSV
            </button>
          </p>
        </>
      )}
      <p className="export__what">This view and its reports in one file, for anyone to drop onto the app:</p>
      <p className="export__buttons">
        <button type="button" onClick={() => download(snapshotFile(), `border-snapshot-${stamp}.json`, "application/json")}>
          Snapshot file
        </button>
      </p>
    </section>
  );
});
