import Papa from "papaparse";
import type { ReportFeature } from "../reports/report";
import { columnKey, CsvReportReader } from "./csv-report-reader";
import type { ValidationIssue, ValidationOptions, ValidationResult } from "./validate-reports";

export { CSV_NO_URL_NOTE } from "./csv-report-reader";

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

/** How a file of reports is read: `today` (`YYYY-MM-DD`, UTC; a report dated later is refused), and who is told the progress. */
export interface ImportOptions extends ValidationOptions {
  onProgress?: ImportProgress;
}

/** Progress is told at most once per this many rows, and only when it moved by at least a hundredth: about 100 calls at most. */
const PROGRESS_EVERY_ROWS = 1_000;
const PROGRESS_STEP = 0.01;

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
 * - A UCDP GED table (its `deaths_a`, ..., `best` columns) is read by `ucdp-ged-row.ts`; HDX's row of HXL tags under its header is skipped.
 * - ACLED's `civilian_targeting`, where set, makes its `fatalities` the civilians killed (else they are of a group not stated).
 * - `country`: "Afghanistan" or "AF" is AF, "Pakistan" or "PK" is PK, anything else none.
 * - Without a `killed` column, ACLED's `fatalities` is the killed figure.
 * - Without a `source_url` (ACLED has none) or `source_note`, the note says the
 *   row gave no address: see `CSV_NO_URL_NOTE`. No address is ever made up.
 * - A cell this map's export guarded with an apostrophe (`'=...`) is read without it.
 * - A date after `today` is refused.
 *
 * A file without `latitude` or `longitude` columns, with no rows, or empty
 * is one issue for the whole file. Nothing throws.
 *
 * @example
 * const { reports, issues } = parseAcledCsv(text, { today: "2026-12-05", onProgress: (f) => postMessage({ progress: f }) });
 * issues.map(formatIssue); // ['Row 3 (id "AFG1"), field "event_date": must be ...']
 */
export function parseAcledCsv(text: string, { today, onProgress }: ImportOptions): ValidationResult {
  const reports: ReportFeature[] = [];
  const issues: ValidationIssue[] = [];
  const reader = new CsvReportReader(
    (report) => reports.push(report),
    (issue) => issues.push(issue),
    { today },
  );
  let told = 0;
  onProgress?.(0);
  const parsed = Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    skipEmptyLines: "greedy",
    dynamicTyping: false,
    transformHeader: columnKey,
    step: (result, parser) => {
      if (!reader.step(result)) return parser.abort();
      if (onProgress && reader.rows % PROGRESS_EVERY_ROWS === 0 && text.length > 0) {
        const fraction = Math.min(1, result.meta.cursor / text.length);
        if (fraction >= told + PROGRESS_STEP) onProgress((told = fraction));
      }
    },
  });
  // (After an abort papaparse returns nothing; the reader has said why already.)
  reader.finish(parsed?.meta?.fields ?? [], text.replace(/^\uFEFF/, "").trim() === "");
  onProgress?.(1);
  return { reports, issues };
}
