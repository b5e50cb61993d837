import type { FeatureCollection, LineString } from "geojson";
import { syntheticReports } from "../core/reports/synthetic-reports";
import { parseReports, type ValidationResult } from "../core/io/validate-reports";
import { geodataUrls } from "./geodata-urls";

/** A set of reports shown on the map, with where it came from and what was wrong with it. */
export interface Dataset extends ValidationResult {
  name: string;
  /** The view a snapshot file was made of (a permalink's part after "#"), to show with its reports. */
  view?: string;
}

export async function loadReportsFromUrl(url: string, name: string): Promise<Dataset> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    // The core reads no clock: today (UTC) is given, and no report may be dated after it.
    return { name, ...parseReports(await response.text(), { today: new Date().toISOString().slice(0, 10) }) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { name, reports: [], issues: [{ feature: null, id: null, field: "", message: `could not be loaded (${reason})` }] };
  }
}

/** Generated reports around the Durand Line's vertices (for scale tests): marked synthetic, named so. */
export async function loadSyntheticReports(count: number, seed: number): Promise<Dataset> {
  const name = `synthetic data: ${count.toLocaleString("en")} generated reports (seed ${seed}), not real incidents`;
  try {
    const line = (await (await fetch(geodataUrls().durandLine)).json()) as FeatureCollection<LineString>;
    return { name, reports: syntheticReports(count, { anchors: line.features[0]!.geometry.coordinates, seed }).features, issues: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { name, reports: [], issues: [{ feature: null, id: null, field: "", message: `could not be generated (${reason})` }] };
  }
}
