import { parseAcledCsv, type ImportOptions } from "./import-acled-csv";
import { parseKml } from "./import-kml";
import { isSnapshotFile, readSnapshotFile } from "./snapshot-file";
import { validateReports, type ValidationOptions, type ValidationResult } from "./validate-reports";

export type { ImportOptions } from "./import-acled-csv";

/** The kinds of file of reports the map opens. */
export type ImportFormat = "geojson" | "csv" | "kml" | "snapshot";

const BY_EXTENSION: Record<string, ImportFormat> = {
  geojson: "geojson",
  json: "geojson",
  csv: "csv",
  tsv: "csv",
  txt: "csv",
  kml: "kml",
};

/**
 * Which reader a file goes to: by its name's extension (.geojson/.json,
 * .csv/.tsv/.txt, .kml, in any case) or, for any other name, by its first
 * character that is not blank (after a byte order mark): `{` GeoJSON, `<`
 * KML, anything else CSV.
 */
export function importFormat(text: string, fileName: string): ImportFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName.trim().toLowerCase())?.[1];
  const known = extension === undefined ? undefined : BY_EXTENSION[extension];
  if (known) return known;
  const first = /\S/.exec(text.replace(/^\uFEFF/, ""))?.[0];
  return first === "{" ? "geojson" : first === "<" ? "kml" : "csv";
}

/**
 * Reads a file of reports in whichever format it is (see `importFormat`):
 * GeoJSON as `validateReports` reads it (a snapshot file by `readSnapshotFile`), CSV by `parseAcledCsv`, KML by `parseKml`.
 * Every valid report is kept and every problem named, numbered by the unit
 * of its format (feature, row, placemark); nothing throws. `today`
 * (`YYYY-MM-DD`, UTC) is the caller's: a report dated later is refused.
 * `onProgress` gets the share read, 0 to 1: row by row for a CSV, at the
 * start and end for the others.
 *
 * @example
 * const { format, reports, issues } = importReports(await file.text(), file.name, { today: "2026-12-05", onProgress: setProgress });
 */
export function importReports(text: string, fileName: string, options: ImportOptions): ImportedReports {
  const binary = binaryKind(text);
  if (binary) {
    const message = `is not a text file of reports: it looks like ${binary}. The map opens GeoJSON, CSV (as ACLED exports it), KML and its own snapshot files`;
    return { format: importFormat("", fileName), reports: [], issues: [{ feature: null, id: null, field: "", message }] };
  }
  const format = importFormat(text, fileName);
  if (format === "csv") return { format, ...parseAcledCsv(text, options) };
  const { today, onProgress } = options;
  onProgress?.(0);
  const result = format === "kml" ? { format, ...parseKml(text, { today }) } : readJson(text, { today });
  onProgress?.(1);
  return result;
}

/** What a file gave; a snapshot file also gives its view (a link's part after "#") and its dataset's name. */
export type ImportedReports = ValidationResult & { format: ImportFormat; view?: string; datasetName?: string };

/** GeoJSON, or a snapshot file (JSON whose `type` says so); a syntax error is one file-level problem. */
function readJson(text: string, options: ValidationOptions): ImportedReports {
  let json: unknown;
  try {
    // JSON.parse refuses a byte order mark, which some editors write: it is not part of the data.
    json = parseJsonWithNonFinite(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const cut = endsOpen(text);
    const message = cut ? `is not valid JSON: it ends in line ${cut}, before the JSON is complete, so the file looks cut short; save or download it again` : `is not valid JSON (${reason})`;
    return { format: "geojson", reports: [], issues: [{ feature: null, id: null, field: "", message }] };
  }
  return isSnapshotFile(json) ? { format: "snapshot", ...readSnapshotFile(json, options) } : { format: "geojson", ...validateReports(json, options) };
}

/** What a file that is not text is, by its first bytes (as the browser decoded them); null for text. */
export function binaryKind(text: string): string | null {
  const head = text.slice(0, 1024);
  if (/^\uFFFDPNG/.test(head)) return "a PNG image";
  if (/^\uFFFD\uFFFD\uFFFD/.test(head) || /^GIF8/.test(head)) return "an image";
  if (head.startsWith("%PDF")) return "a PDF document";
  if (head.startsWith("PK\u0003\u0004")) return "a ZIP archive (a .kmz file is zipped KML: unzip it and open the .kml inside)";
  if (head.includes("\u0000")) return "binary data";
  return null;
}

/** The last line's number when JSON text ends inside a string, an object or an array (a download cut short); null when it closes. */
function endsOpen(text: string): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return depth > 0 || inString ? text.trimEnd().split("\n").length : null;
}

const NON_FINITE_MARK = "\u2063non-finite:";

/**
 * JSON, and NaN, Infinity and -Infinity written bare outside strings as
 * Python's `json.dumps` writes them: read as those numbers, so that the one
 * feature that has them is refused by its own checks and the rest is kept.
 * Throws JSON's own error for anything else that is not JSON.
 */
function parseJsonWithNonFinite(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    let out = "";
    let inString = false;
    let found = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (inString) {
        out += c;
        if (c === "\\") out += text[++i] ?? "";
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      const token = /^(-?Infinity|NaN)(?![\w$])/.exec(text.slice(i, i + 10));
      if (!inString && token && !/[\w$.]/.test(text[i - 1] ?? "")) {
        out += `"${NON_FINITE_MARK}${token[1]}"`;
        i += token[1]!.length - 1;
        found = true;
      } else out += c;
    }
    if (!found) throw error;
    return restoreNonFinite(JSON.parse(out));
  }
}

function restoreNonFinite(value: unknown): unknown {
  if (typeof value === "string" && value.startsWith(NON_FINITE_MARK)) return Number(value.slice(NON_FINITE_MARK.length));
  if (Array.isArray(value)) return value.map(restoreNonFinite);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreNonFinite(v)]));
  return value;
}
