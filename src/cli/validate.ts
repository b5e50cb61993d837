import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import { columnKey, CsvReportReader } from "../core/io/csv-report-reader";
import { binaryKind, importFormat, importReports } from "../core/io/import-reports";
import { formatIssue, type ValidationIssue } from "../core/io/validate-reports";
import { fail, type CliIo } from "./io";

export const VALIDATE_USAGE = `usage: npm run -s cli -- validate INPUT [--max-mb 512]

Checks a file of reports as the map reads it: GeoJSON, CSV as ACLED exports it (or as the map exports it), KML,
or a snapshot file. Prints "N valid, M invalid", then one line for each problem: the row or feature, the field
and the reason ("warning:" for a doubt about a report that is still valid, such as latitude and longitude that
look swapped). A CSV is read as a stream, so its size has no limit; other files are read whole, up to
--max-mb megabytes (512 by default).
Exit status: 0 all valid, 3 some invalid, 2 the file cannot be read at all (one line saying why).`;

/** Problems listed one a line at most; the rest are counted (2,000,000 bad rows would not fit in memory). */
export const LISTED_PROBLEMS = 100_000;

/** What a check found: valid and invalid units (rows, features, placemarks), and the problems in order, the first of them listed. */
interface Checked {
  valid: number;
  invalid: number;
  /** Problems with the file as a whole: nothing in it can be read. */
  fileProblems: ValidationIssue[];
  issues: ValidationIssue[];
  /** Problems beyond the first `LISTED_PROBLEMS`: counted, not listed. */
  unlisted: number;
}

/** Takes the problems one at a time, as they are found: counts the invalid units and keeps the first ones to list. */
class ProblemLog {
  readonly fileProblems: ValidationIssue[] = [];
  readonly issues: ValidationIssue[] = [];
  unlisted = 0;
  invalid = 0;
  private lastInvalid: number | null = null;
  private readonly invalidSeen = new Set<number>();

  /** `ordered`: the problems come unit by unit (a CSV's rows), so a unit is counted without remembering every one. */
  constructor(private readonly ordered: boolean) {}

  add(issue: ValidationIssue): void {
    if (issue.feature === null && issue.severity !== "warning") {
      this.fileProblems.push(issue);
      return;
    }
    // A warning names a doubt about a report that is kept: it does not make the row invalid.
    if (issue.feature !== null && issue.severity !== "warning" && issue.feature !== this.lastInvalid) {
      if (this.ordered || !this.invalidSeen.has(issue.feature)) this.invalid++;
      if (!this.ordered) this.invalidSeen.add(issue.feature);
      this.lastInvalid = issue.feature;
    }
    if (this.issues.length < LISTED_PROBLEMS) this.issues.push(issue);
    else this.unlisted++;
  }

  checked(valid: number): Checked {
    return { valid, invalid: this.invalid, fileProblems: this.fileProblems, issues: this.issues, unlisted: this.unlisted };
  }
}

function tally(issues: readonly ValidationIssue[], valid: number): Checked {
  const log = new ProblemLog(false);
  for (const issue of issues) log.add(issue);
  return log.checked(valid);
}

/** A CSV read as a stream, row by row, by the same reader as the map's import: memory bounded, whatever the file's size or its problems. */
function checkCsvStream(path: string, head: string, today: string): Promise<Checked> {
  return new Promise((resolve, reject) => {
    let valid = 0;
    const log = new ProblemLog(true);
    const reader = new CsvReportReader(
      () => valid++,
      (issue) => log.add(issue),
      { today },
    );
    let fields: string[] = [];
    let bytes = 0;
    const stream = createReadStream(path, { encoding: "utf8" });
    stream.on("data", (chunk) => (bytes += chunk.length));
    stream.on("error", reject);
    Papa.parse<Record<string, string | undefined>>(stream as unknown as File, {
      header: true,
      skipEmptyLines: "greedy",
      dynamicTyping: false,
      transformHeader: columnKey,
      step: (result, parser) => {
        fields = result.meta.fields ?? fields;
        if (!reader.step(result)) parser.abort();
      },
      complete: (results?: Papa.ParseResult<unknown>) => {
        // A header with no row under it reaches no step: its fields come with the end.
        const headerOnly = () => Papa.parse(head, { header: true, preview: 1, transformHeader: columnKey }).meta.fields ?? [];
        reader.finish(fields.length > 0 ? fields : (results?.meta?.fields ?? headerOnly()), bytes === 0);
        resolve(log.checked(valid));
      },
      error: (error: Error) => reject(error),
    });
  });
}

/** `validate INPUT [--max-mb N]`: the file checked as the map reads it. Returns the exit status. */
export async function validate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { "max-mb": { type: "string" }, help: { type: "boolean" } }, allowPositionals: true });
  if (values.help) {
    io.out(`${VALIDATE_USAGE}\n`);
    return 0;
  }
  const input = positionals[0];
  if (!input || positionals.length > 1) fail(`validate needs exactly one INPUT\n${VALIDATE_USAGE}`);
  const maxMb = values["max-mb"] === undefined ? 512 : Number(values["max-mb"]);
  if (!Number.isFinite(maxMb) || maxMb <= 0) fail(`--max-mb must be a number of megabytes above 0, not ${JSON.stringify(values["max-mb"])}`);
  let size: number;
  try {
    size = statSync(input).size;
  } catch (error) {
    fail(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  // The first bytes say what the file is; a CSV (by name or by content) is streamed.
  const head = readHead(input);
  const binary = binaryKind(head);
  if (binary) fail(`${input}: is not a text file of reports: it looks like ${binary}`);
  // The core reads no clock: the command line says what day it is (UTC), after which no report can be dated.
  const today = new Date().toISOString().slice(0, 10);
  let checked: Checked;
  if (importFormat(head, input) === "csv") {
    checked = await checkCsvStream(input, head, today);
  } else {
    const mb = size / 1024 / 1024;
    const shown = mb < 10 ? Number(mb.toPrecision(2)) : Math.round(mb);
    if (mb > maxMb) fail(`${input}: is ${shown} MB, over the ${maxMb} MB limit for a file read whole (GeoJSON, KML); raise it with --max-mb ${Math.ceil(mb)}, or export the reports as CSV, which is read as a stream`);
    const result = importReports(readFileSync(input, "utf8"), input, { today });
    checked = tally(result.issues, result.reports.length);
  }
  if (checked.fileProblems.length > 0 && checked.valid === 0 && checked.issues.length === 0) {
    fail(`${input}: ${checked.fileProblems.map((i) => i.message).join("; ")}`);
  }
  const lines = [`${checked.valid.toLocaleString("en")} valid, ${checked.invalid.toLocaleString("en")} invalid`];
  for (const issue of [...checked.fileProblems, ...checked.issues]) lines.push(formatIssue(issue));
  if (checked.unlisted > 0) lines.push(`... and ${checked.unlisted.toLocaleString("en")} more problems, not listed (the first ${LISTED_PROBLEMS.toLocaleString("en")} are)`);
  io.out(`${lines.join("\n")}\n`);
  return checked.invalid > 0 || checked.fileProblems.length > 0 ? 3 : 0;
}

/** The file's first 4 kB as text (enough to tell its kind). */
function readHead(path: string): string {
  const buffer = Buffer.alloc(4096);
  const fd = openSync(path, "r");
  try {
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.toString("utf8", 0, n);
  } finally {
    closeSync(fd);
  }
}
