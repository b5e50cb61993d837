import Papa from "papaparse";
import { neutralizeCell } from "./export-reports";
import type { ValidationIssue } from "./validate-reports";

/** The columns of the list of problems, in order. */
export const ISSUE_COLUMNS = ["row_or_feature", "number", "id", "field", "message"] as const;

/**
 * The problems found in a file as CSV (RFC 4180, `\n` line ends), one line
 * each, for the "download the list of problems" button: `row_or_feature` is
 * "row", "feature" or "placemark" (what `number` counts), or "file" for a
 * problem with the whole file, whose `number` is empty. Text cells a
 * spreadsheet would run as formulas get a leading apostrophe
 * (`neutralizeCell`), as in the reports' own CSV.
 *
 * @example
 * issuesToCsv([{ feature: 3, unit: "row", id: "AFG1", field: "event_date", message: "must be ..." }]);
 * // 'row_or_feature,number,id,field,message\nrow,3,AFG1,event_date,must be ...\n'
 */
export function issuesToCsv(issues: readonly ValidationIssue[]): string {
  const data = issues.map((issue) => [
    issue.feature === null ? "file" : (issue.unit ?? "feature"),
    issue.feature ?? "",
    neutralizeCell(issue.id ?? ""),
    neutralizeCell(issue.field),
    neutralizeCell(issue.message),
  ]);
  const text = Papa.unparse({ fields: [...ISSUE_COLUMNS], data }, { newline: "\n" });
  return text.endsWith("\n") ? text : `${text}\n`; // without rows, papaparse ends the header's line itself
}
