import type { ReportFeature } from "../reports/report";
import { swappedWarning } from "../reports/region";

/** Unicode's direction controls (embeddings, overrides, isolates): text shown with them can read in another order than it is written. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const TEXT_FIELDS = ["location", "source", "notes", "actor1", "admin1", "admin2", "source_note"] as const;

/**
 * Doubts about a report that is kept: latitude and longitude that look
 * swapped, and names carrying Unicode direction controls (U+202E and its
 * kin), which can make a place or a source read differently on screen from
 * what the file says. Each names its field; `geometryField` is what the
 * format calls its position ("geometry", or "latitude" in a CSV).
 */
export function reportWarnings(report: ReportFeature, geometryField: string): { field: string; message: string; severity: "warning" }[] {
  const out: { field: string; message: string; severity: "warning" }[] = [];
  const [lon, lat] = report.geometry.coordinates as [number, number];
  const swapped = swappedWarning(lon, lat);
  if (swapped) out.push({ field: geometryField, message: swapped, severity: "warning" });
  for (const field of TEXT_FIELDS) {
    const value = report.properties[field];
    if (typeof value !== "string") continue;
    const control = BIDI_CONTROLS.exec(value)?.[0];
    if (control) {
      const code = `U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
      out.push({ field, message: `contains a Unicode direction control (${code}), which can show the text in another order than it is written; kept as written`, severity: "warning" });
    }
  }
  return out;
}
