import { memo, useMemo } from "react";
import type { Feature, Point } from "geojson";
import type { DisplayProperties } from "../core/display-reports";
import { eventsToGeoJson } from "../core/events";
import { eventsToCsv, eventsWithReports } from "../core/export-events";
import { reportsToCsv, reportsToGeoJson, type ExportRow } from "../core/export-reports";
import type { ReportFeature } from "../core/report";
import { writeSnapshotFile } from "../core/snapshot-file";
import type { EventsStatus } from "../map/report-views";
import { saveBlob } from "./save-file";

interface Props {
  /** All the reports loaded, as read. */
  reports: readonly ReportFeature[];
  /** The reports the filters show, as drawn (with their measured distance and side). */
  shown: readonly Feature<Point, DisplayProperties>[];
  /** The events view's grouping of the reports shown, when it is drawn. */
  events: EventsStatus | null;
  /** The view as a link writes it (after "#"), and the reports' dataset: for the snapshot file. */
  view: string;
  datasetName: string;
}

function download(text: string, name: string, type: string): void {
  saveBlob(new Blob([text], { type }), name);
}

/** Downloads the reports the filters show (GeoJSON, CSV with ACLED's column names), the events, and a snapshot file of the view with its reports. */
export const ExportPanel = memo(function ExportPanel({ reports, shown, events, view, datasetName }: Props) {
  const byId = useMemo(() => new Map(reports.map((r) => [r.properties.id, r])), [reports]);
  const rows = (): ExportRow[] =>
    shown.flatMap((f) => {
      const r = byId.get(f.properties.id);
      if (!r) return [];
      const [lon, lat] = r.geometry.coordinates as [number, number];
      return [{ properties: r.properties, lon, lat, distanceM: f.properties.border_distance_m, side: f.properties.border_side }];
    });
  const grouped = () => (events?.state === "drawn" ? eventsWithReports(events.all, events.reportIds, events.eventIndex) : []);
  const stamp = new Date().toISOString().slice(0, 10);
  const snapshotFile = () =>
    writeSnapshotFile({ view, dataset: datasetName, reports: shown.flatMap((f) => byId.get(f.properties.id) ?? []), total: reports.length, madeAt: new Date() });
  return (
    <section className="panel export" aria-labelledby="export-title">
      <h2 id="export-title">Download</h2>
      <p>
        The {shown.length.toLocaleString("en")} reports shown, with their distance to the border:{" "}
        <button type="button" onClick={() => download(JSON.stringify(reportsToGeoJson(rows())), `border-reports-${stamp}.geojson`, "application/geo+json")}>
          GeoJSON
        </button>{" "}
        <button type="button" onClick={() => download(reportsToCsv(rows()), `border-reports-${stamp}.csv`, "text/csv")}>
          CSV (ACLED columns)
        </button>
      </p>
      {events?.state === "drawn" && (
        <p>
          The {events.events.toLocaleString("en")} events they form:{" "}
          <button type="button" aria-label="Events as GeoJSON" onClick={() => download(JSON.stringify(eventsToGeoJson(grouped())), `border-events-${stamp}.geojson`, "application/geo+json")}>
            GeoJSON
          </button>{" "}
          <button type="button" aria-label="Events as CSV" onClick={() => download(eventsToCsv(grouped()), `border-events-${stamp}.csv`, "text/csv")}>
            CSV
          </button>
        </p>
      )}
      <p>
        <button type="button" onClick={() => download(snapshotFile(), `border-snapshot-${stamp}.json`, "application/json")}>
          Snapshot file
        </button>{" "}
        <span className="export__hint">this view and its reports, for anyone to drop onto the app</span>
      </p>
    </section>
  );
});
