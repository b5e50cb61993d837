import { parseReports, type ValidationResult } from "../core/validate-reports";

/** A set of reports shown on the map, with where it came from and what was wrong with it. */
export interface Dataset extends ValidationResult {
  name: string;
}

export async function loadReportsFromUrl(url: string, name: string): Promise<Dataset> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { name, ...parseReports(await response.text()) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { name, reports: [], issues: [{ feature: null, id: null, field: "", message: `could not be loaded (${reason})` }] };
  }
}

export async function loadReportsFromFile(file: File): Promise<Dataset> {
  return { name: file.name, ...parseReports(await file.text()) };
}
