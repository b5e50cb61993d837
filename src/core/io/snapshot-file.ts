import type { ReportFeature } from "../reports/report";
import { validateReports, type ValidationOptions, type ValidationResult } from "./validate-reports";

/**
 * A snapshot file: what a user saw, data included. The view is a permalink's
 * part after "#" (camera, filters, layers, selection); the reports are the
 * ones the filters showed, as a GeoJSON FeatureCollection the app reads like
 * any other. Dropped onto the app, it shows the same reports in the same view.
 */
export const SNAPSHOT_FILE_TYPE = "border-incident-map-snapshot";

export interface SnapshotFileInput {
  /** The view, as a permalink writes it after "#". */
  view: string;
  /** Where the reports came from (the dataset's name). */
  dataset: string;
  reports: readonly ReportFeature[];
  /** How many reports the dataset had before the sender's filters. */
  total?: number;
  madeAt: Date;
}

/** The file's text: JSON with `type`, `version`, `made`, `view`, `dataset` and `reports` (a FeatureCollection). */
export function writeSnapshotFile({ view, dataset, reports, total, madeAt }: SnapshotFileInput): string {
  return `${JSON.stringify({
    type: SNAPSHOT_FILE_TYPE,
    version: 1,
    made: madeAt.toISOString(),
    view: view.replace(/^#/, ""),
    dataset,
    ...(total !== undefined ? { total } : {}),
    reports: { type: "FeatureCollection", features: reports },
  })}\n`;
}

/** Whether parsed JSON is a snapshot file (by its `type`). */
export function isSnapshotFile(json: unknown): json is Record<string, unknown> {
  return typeof json === "object" && json !== null && (json as { type?: unknown }).type === SNAPSHOT_FILE_TYPE;
}

/**
 * Reads a snapshot file already parsed (see `isSnapshotFile`): its reports,
 * checked like any GeoJSON file's (`today` as `validateReports` takes it), its
 * view and the dataset's name. A view or a name that is not text is a
 * file-level problem; the reports are still read.
 */
export function readSnapshotFile(json: Record<string, unknown>, options: ValidationOptions): ValidationResult & { view?: string; datasetName?: string } {
  const result = validateReports(json.reports, options);
  const issues = [...result.issues];
  if (json.version !== 1) issues.unshift({ feature: null, id: null, field: "version", message: `is a snapshot file of version ${JSON.stringify(json.version)}; this app reads version 1` });
  const view = typeof json.view === "string" ? json.view.replace(/^#/, "") : undefined;
  if (view === undefined) issues.unshift({ feature: null, id: null, field: "view", message: "must be the text of a view (a link's part after #); the reports are shown in the current view" });
  const total = typeof json.total === "number" && Number.isInteger(json.total) && json.total >= result.reports.length ? json.total : null;
  const name = typeof json.dataset === "string" && json.dataset.trim() !== "" ? json.dataset.trim() : undefined;
  // The receiver sees the reports the sender's filters kept: say how many the sender had.
  const datasetName = name && total !== null && total > result.reports.length ? `${name} (the ${result.reports.length.toLocaleString("en")} of its ${total.toLocaleString("en")} reports the sender's filters kept)` : name;
  return { reports: result.reports, issues, view, datasetName };
}
