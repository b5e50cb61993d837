import { readFileSync, writeFileSync } from "node:fs";
import { readPointTable, UnreadableInput, type PointTable } from "../core/io/point-table";

/** One line on standard error, exit status 2. */
export function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

/** The input as a point table, or exit 2 with one line saying why it cannot be read. */
export function readInput(input: string): PointTable {
  let text: string;
  try {
    text = readFileSync(input, "utf8");
  } catch (error) {
    fail(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return readPointTable(text, input);
  } catch (error) {
    if (error instanceof UnreadableInput) fail(`${input}: ${error.message}`);
    throw error;
  }
}

/** To the file, or to standard output without one. */
export function writeOutput(text: string, file: string | undefined): void {
  if (file) writeFileSync(file, text);
  else process.stdout.write(text);
}

/** "row" for a CSV, "feature" for GeoJSON: how the messages number them. */
export function unitName(table: PointTable): "row" | "feature" {
  return table.format === "csv" ? "row" : "feature";
}
