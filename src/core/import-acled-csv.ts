import Papa from "papaparse";
import type { ReportFeature } from "./report";
import { KeptIds, readPosition, reportFromText } from "./report-from-text";
import type { ValidationIssue, ValidationResult } from "./validate-reports";

/**
 * Reports from a CSV: an ACLED export (its 31 columns: `event_id_cnty`,
 * `event_date` as `15 October 2025` or `2025-10-15`, `country` by name,
 * `fatalities`, ...) or a CSV this map exported (`export-reports.ts`: the
 * same names plus `killed`, `injured`, their ranges, `accuracy_m`,
 * `source_url`, `source_note`). Columns the report has no use for (`year`,
 * `actor2`, `border_side`, ...) are ignored.
 */

/** Called with the share of the text read so far, 0 to 1. */
export type ImportProgress = (fraction: number) => void;

/** ACLED names its sources but gives no address for them; the project asks for one or a note saying why there is none. */
export const CSV_NO_URL_NOTE =
  "Imported from a CSV row that gives no address for the source (ACLED names its sources but does not link them); look the source up by its name.";

/** Progress is told at most once per this many rows, and only when it moved by at least a hundredth: about 100 calls at most. */
const PROGRESS_EVERY_ROWS = 1_000;
const PROGRESS_STEP = 0.01;

/** A cell that `neutralizeCell` guarded against spreadsheets: the apostrophe before `=`, `+`, `-`, `@`, a tab or a CR. */
const NEUTRALIZED = /^'[=+\-@\t\r]/;

function unneutralize(cell: string): string {
  return NEUTRALIZED.test(cell) ? cell.slice(1) : cell;
}

function fileIssue(message: string): ValidationIssue {
  return { feature: null, unit: "row", id: null, field: "", message };
}

/**
 * Each column's key: its position before its name, so that no two are alike
 * (papaparse would rename a repeated name, and say so on the console).
 */
const columnKey = (name: string, index: number) => `${index}:${name}`;
const nameOf = (key: string) => key.slice(key.indexOf(":") + 1);

/** Each lower-cased, trimmed column name to the key of the first column that has it. */
function columnsByName(keys: readonly string[]): Map<string, string> {
  const columns = new Map<string, string>();
  for (const key of keys) {
    const name = nameOf(key).trim().toLowerCase();
    if (!columns.has(name)) columns.set(name, key);
  }
  return columns;
}

function missingColumns(columns: Map<string, string>, keys: readonly string[]): string | null {
  const missing = ["latitude", "longitude"].filter((c) => !columns.has(c));
  if (missing.length === 0) return null;
  const list = keys.length > 0 ? keys.map((k) => nameOf(k).trim()).join(", ") : "none";
  return `has no ${missing.map((c) => `"${c}"`).join(" or ")} column, so no row can be placed on the map (its columns: ${list.length > 300 ? `${list.slice(0, 297)}...` : list})`;
}

/**
 * Reads the text of a CSV of reports: each row is checked by the project's
 * property rules (`validateReportProperties`) and its position by
 * `readPosition`; every valid row is kept, every problem named.
 *
 * Rows are numbered as `point-table.ts` (and so the command line) numbers
 * them: 1 for the first row of data after the header, counting records, not
 * lines, so a note with a line break in it is still one row, and blank lines
 * are not counted.
 *
 * - The id is the `id` column, or ACLED's `event_id_cnty`.
 * - `country`: "Afghanistan" or "AF" is AF, "Pakistan" or "PK" is PK, anything else none.
 * - Without a `killed` column, ACLED's `fatalities` is the killed figure.
 * - Without a `source_url` (ACLED has none) or `source_note`, the note says the
 *   row gave no address: see `CSV_NO_URL_NOTE`. No address is ever made up.
 * - A cell this map's export guarded with an apostrophe (`'=...`) is read without it.
 *
 * A file without `latitude` or `longitude` columns, with no rows, or empty
 * is one issue for the whole file. Nothing throws.
 *
 * @example
 * const { reports, issues } = parseAcledCsv(text, (f) => postMessage({ progress: f }));
 * issues.map(formatIssue); // ['Row 3 (id "AFG1"), field "event_date": must be ...']
 */
export function parseAcledCsv(text: string, onProgress?: ImportProgress): ValidationResult {
  const reports: ReportFeature[] = [];
  const issues: ValidationIssue[] = [];
  const kept = new KeptIds("row");
  let columns: Map<string, string> | null = null;
  let rowNumber = 0;
  let told = 0;
  onProgress?.(0);

  const parsed = Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    skipEmptyLines: "greedy",
    dynamicTyping: false,
    transformHeader: columnKey,
    step: (result, parser) => {
      if (columns === null) {
        const fields = result.meta.fields ?? [];
        columns = columnsByName(fields);
        const missing = missingColumns(columns, fields);
        if (missing) {
          issues.push(fileIssue(missing));
          parser.abort();
          return;
        }
      }
      rowNumber += 1;
      readRow(result.data, result.errors, rowNumber, columns);
      if (onProgress && rowNumber % PROGRESS_EVERY_ROWS === 0 && text.length > 0) {
        const fraction = Math.min(1, result.meta.cursor / text.length);
        if (fraction >= told + PROGRESS_STEP) onProgress((told = fraction));
      }
    },
  });

  function readRow(record: Record<string, string | undefined>, errors: Papa.ParseError[], number: number, cols: Map<string, string>) {
    const cell = (name: string): string | undefined => {
      const column = cols.get(name);
      if (column === undefined) return undefined;
      return unneutralize(record[column] ?? "");
    };
    const get = (name: string) => (name === "id" ? (cell("id")?.trim() ? cell("id") : cell("event_id_cnty")) : cell(name));
    const id = get("id")?.trim() || null;
    const structure = errors.filter((e) => e.code !== "UndetectableDelimiter");
    if (structure.length > 0) {
      const why = structure.map((e) => e.message).join("; ");
      issues.push({ feature: number, unit: "row", id, field: "", message: `could not be read as CSV (${why}); check its quotes and separators` });
      return;
    }
    const { report, problems } = reportFromText(get, readPosition(cell("latitude"), cell("longitude")), { missingUrlNote: CSV_NO_URL_NOTE, fatalitiesAsKilled: true });
    const repeat = report ? kept.repeat(report.properties.id, number) : null;
    if (repeat) problems.push(repeat);
    else if (report) reports.push(report);
    for (const p of problems) issues.push({ feature: number, unit: "row", id, ...p });
  }

  if (columns === null) {
    // No row reached `step`: the file is empty, or a header alone.
    const fields = parsed.meta.fields ?? [];
    if (text.replace(/^\uFEFF/, "").trim() === "") issues.push(fileIssue("is empty: it has no header and no rows of reports"));
    else issues.push(fileIssue(missingColumns(columnsByName(fields), fields) ?? "has a header but no rows of reports under it"));
  }
  onProgress?.(1);
  return { reports, issues };
}
