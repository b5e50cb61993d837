import { readFileSync, statSync, writeFileSync } from "node:fs";
import { readPointTable, UnreadableInput, type PointTable } from "../core/io/point-table";

/**
 * Where a command writes: its data (standard output) and its messages
 * (standard error). The shell (`main.ts`) passes the process's streams; tests
 * pass strings to collect, and call the command in their own process.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Standard error is a terminal: progress is redrawn in place. */
  errIsTTY: boolean;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  errIsTTY: Boolean(process.stderr.isTTY),
};

/** A command stopped: `run` writes its message on standard error and returns its status. */
export class CliExit extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Text from a file, safe to print on a terminal: control characters (escape sequences among them) shown as \u codes. */
export function printable(text: string): string {
  // (Tab, line feed and carriage return stay: the messages' own lines, and a terminal's progress bar.)
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Stops the command: one line on standard error, exit status 2. */
export function fail(message: string): never {
  throw new CliExit(2, message);
}

/** The largest file `distance` and `cluster` read (they hold it whole, with its rows, in memory). */
export const MAX_INPUT_MB = 512;

/** The input as a point table, or exit 2 with one line saying why it cannot be read. */
export function readInput(input: string): PointTable {
  let text: string;
  try {
    const stat = statSync(input);
    // A device or a pipe (/dev/zero) has no end to read to.
    if (!stat.isFile()) fail(`${input}: is not a regular file (a device, a folder or a pipe): give a file of points`);
    const mb = stat.size / 1024 / 1024;
    if (mb > MAX_INPUT_MB) fail(`${input}: is ${Math.round(mb)} MB, over the ${MAX_INPUT_MB} MB this command reads at once: split it, or check it first with validate, which streams a CSV`);
    text = readFileSync(input, "utf8");
  } catch (error) {
    if (error instanceof CliExit) throw error;
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
export function writeOutput(text: string, file: string | undefined, io: CliIo): void {
  if (file) writeFileSync(file, text);
  else io.out(text);
}

/** "row" for a CSV, "feature" for GeoJSON: how the messages number them. */
export function unitName(table: PointTable): "row" | "feature" {
  return table.format === "csv" ? "row" : "feature";
}
