import type Papa from "papaparse";
import type { ReportFeature } from "../reports/report";
import { KeptIds, readPosition, reportFromText } from "./report-from-text";
import type { ValidationIssue, ValidationOptions } from "./validate-reports";
import { reportWarnings } from "./report-warnings";
import { isHxlTagRow, isUcdpGed, ucdpGedField } from "./ucdp-ged-row";

/** ACLED names its sources but gives no address for them; the project asks for one or a note saying why there is none. */
export const CSV_NO_URL_NOTE =
  "Imported from a CSV row that gives no address for the source (ACLED names its sources but does not link them); look the source up by its name.";

/** A cell that `neutralizeCell` guarded against spreadsheets: an apostrophe added before `=`, `+`, `-`, `@`, a tab or a CR (or before apostrophes before one). */
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

function unneutralize(cell: string): string {
  return NEUTRALIZED.test(cell) ? cell.slice(1) : cell;
}

export function fileIssue(message: string): ValidationIssue {
  return { feature: null, unit: "row", id: null, field: "", message };
}

/**
 * Each column's key for papaparse's `transformHeader`: its position before
 * its name, so that no two are alike (papaparse would rename a repeated
 * name, and say so on the console).
 */
export const columnKey = (name: string, index: number) => `${index}:${name}`;
const nameOf = (key: string) => key.slice(key.indexOf(":") + 1);

/**
 * Reads a CSV of reports one parsed row at a time (papaparse's `step`), so
 * that a file can be read whole (`parseAcledCsv`) or streamed (the command
 * line's `validate`) by the same rules: each row checked by the project's
 * property rules and its position by `readPosition`, each repeated id named.
 * Valid reports and problems go to the callbacks, nothing is kept but the
 * ids seen. `today` (`YYYY-MM-DD`, UTC): a row dated later is refused.
 */
export class CsvReportReader {
  private readonly kept = new KeptIds("row");
  private columns: Map<string, string> | null = null;
  /** Rows read so far: 1 for the first row of data after the header. */
  rows = 0;

  constructor(
    private readonly onReport: (report: ReportFeature, row: number) => void,
    private readonly onIssue: (issue: ValidationIssue) => void,
    private readonly options: ValidationOptions,
  ) {}

  /** Whether the header has been seen (a row has arrived). */
  get started(): boolean {
    return this.columns !== null;
  }

  /**
   * One of papaparse's step results (header mode, `transformHeader: columnKey`).
   * False when the file cannot give any report (no latitude or longitude column): stop reading.
   */
  step(result: Papa.ParseStepResult<Record<string, string | undefined>>): boolean {
    if (this.columns === null) {
      const fields = result.meta.fields ?? [];
      this.columns = columnsByName(fields);
      const missing = missingColumns(this.columns, fields) ?? (isUcdpGed(this.columns) ? null : missingReportColumns(this.columns));
      if (missing) {
        this.onIssue(fileIssue(missing));
        return false;
      }
    }
    this.rows += 1;
    this.readRow(result.data, result.errors, this.rows, this.columns, result.meta.delimiter === ";");
    return true;
  }

  /** After the last row: the file-level problem of a file with no row of reports (empty, or a header alone). */
  finish(fields: readonly string[], empty: boolean): void {
    if (this.columns !== null) return;
    if (empty) this.onIssue(fileIssue("is empty: it has no header and no rows of reports"));
    else this.onIssue(fileIssue(missingColumns(columnsByName(fields), fields) ?? "has a header but no rows of reports under it"));
  }

  /** `semicolons`: the file separates its cells with ";", as spreadsheets do where the comma is the decimal mark. */
  private readRow(record: Record<string, string | undefined>, errors: Papa.ParseError[], number: number, cols: Map<string, string>, semicolons: boolean): void {
    const cell = (name: string): string | undefined => {
      const column = cols.get(name);
      if (column === undefined) return undefined;
      return unneutralize(record[column] ?? "");
    };
    if (isUcdpGed(cols) && isHxlTagRow(cell)) return;
    const get = isUcdpGed(cols) ? ucdpGedField(cell) : (name: string) => (name === "id" ? (cell("id")?.trim() ? cell("id") : cell("event_id_cnty")) : cell(name));
    const id = get("id")?.trim() || null;
    const structure = errors.filter((e) => e.code !== "UndetectableDelimiter");
    if (structure.length > 0) {
      const why = structure.map((e) => e.message).join("; ");
      this.onIssue({ feature: number, unit: "row", id, field: "", message: `could not be read as CSV (${why}); check its quotes and separators` });
      return;
    }
    // In a ";" file a comma in a coordinate can only be its decimal mark (31,00575); counts stay as they are (1,000 is unclear).
    const coordinate = (name: string) => {
      const text = cell(name);
      return semicolons && text !== undefined && /^\s*[+-]?\d+,\d+\s*$/.test(text) ? text.replace(",", ".") : text;
    };
    const { report, problems } = reportFromText(get, readPosition(coordinate("latitude"), coordinate("longitude")), { missingUrlNote: CSV_NO_URL_NOTE, fatalitiesAsKilled: true, today: this.options.today });
    const repeat = report ? this.kept.repeat(report.properties.id, number) : null;
    if (repeat) problems.push(repeat);
    else if (report) this.onReport(report, number);
    for (const p of problems) this.onIssue({ feature: number, unit: "row", id, ...p });
    if (report && !repeat) for (const w of reportWarnings(report, "latitude")) this.onIssue({ feature: number, unit: "row", id, ...w });
  }
}

/** Each lower-cased, trimmed column name to the key of the first column that has it. */
function columnsByName(keys: readonly string[]): Map<string, string> {
  const columns = new Map<string, string>();
  for (const key of keys) {
    const name = nameOf(key).trim().toLowerCase();
    if (!columns.has(name)) columns.set(name, key);
  }
  return columns;
}

/** Columns every report needs (ACLED's names; either name of the id), which no row can do without. */
const REPORT_COLUMNS: readonly (readonly string[])[] = [["id", "event_id_cnty"], ["event_date"], ["time_precision"], ["event_type"], ["sub_event_type"], ["location"], ["geo_precision"], ["source"]];

/**
 * A file without one of those columns can give no report: said once for the
 * file, rather than once on every row.
 */
function missingReportColumns(columns: Map<string, string>): string | null {
  const missing = REPORT_COLUMNS.filter((names) => !names.some((n) => columns.has(n))).map((names) => names.map((n) => `"${n}"`).join(" or "));
  if (missing.length === 0) return null;
  return `has no ${missing.join(", ")} column${missing.length === 1 ? "" : "s"}: a report needs ${missing.length === 1 ? "it" : "them"} (ACLED's column names), so no row can be read`;
}

function missingColumns(columns: Map<string, string>, keys: readonly string[]): string | null {
  const missing = ["latitude", "longitude"].filter((c) => !columns.has(c));
  if (missing.length === 0) return null;
  const list = keys.length > 0 ? keys.map((k) => nameOf(k).trim()).join(", ") : "none";
  return `has no ${missing.map((c) => `"${c}"`).join(" or ")} column, so no row can be placed on the map (its columns: ${list.length > 300 ? `${list.slice(0, 297)}...` : list})`;
}
