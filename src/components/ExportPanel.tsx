import { memo, useMemo } from "react";
import type { Feature, Point } from "geojson";
import type { DisplayProperties } from "../core/display-reports";
import { reportsToCsv, reportsToGeoJson, type ExportRow } from "../core/export-reports";
import type { ReportFeature } from "../core/report";
import { saveBlob } from "./save-file";

interface Props {
  /** All the reports loaded, as read. */
  reports: readonly ReportFeature[];
  /** The reports the filters show, as drawn (with their measured distance and side). */
  shown: readonly Feature<Point, DisplayProperties>[];
}

function download(text: string, name: string, type: string): void {
  saveBlob(new Blob([text], { type }), name);
}

/** Downloads the reports the filters show, as GeoJSON or as CSV with ACLED's column names. */
export const ExportPanel = memo(function ExportPanel({ reports, shown }: Props) {
  const byId = useMemo(() => new Map(reports.map((r) => [r.properties.id, r])), [reports]);
  const rows = (): ExportRow[] =>
    shown.flatMap((f) => {
      const r = byId.get(f.properties.id);
      if (!r) return [];
      const [lon, lat] = r.geometry.coordinates as [number, number];
      return [{ properties: r.properties, lon, lat, distanceM: f.properties.border_distance_m, side: f.properties.border_side }];
    });
  const stamp = new Date().toISOString().slice(0, 10);
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
    </section>
  );
});
