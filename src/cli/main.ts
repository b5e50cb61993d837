import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { borderColumns, SUPPORTED_DISTANCE_M } from "../core/border-columns";
import { readPointTable, UnreadableInput, writePointTable } from "../core/point-table";
import { loadBorderMeasurer } from "./load-border";
import { progressBar } from "./progress";

const USAGE = `usage: npm run cli -- distance INPUT [--out FILE]

  INPUT   a GeoJSON FeatureCollection of points, or a CSV with latitude and longitude columns
  --out   write there instead of standard output

Adds border_distance_m, border_side, border_nearest_lon, border_nearest_lat, border_along_km.
Exit status: 0 every row computed, 3 some rows could not be, 2 the input cannot be read.`;

/** Rows above which the work takes a few seconds: show progress. */
const PROGRESS_ROWS = 100_000;

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

function distance(args: string[]): number {
  const { values, positionals } = parseArgs({ args, options: { out: { type: "string" }, help: { type: "boolean" } }, allowPositionals: true });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const input = positionals[0];
  if (!input || positionals.length > 1) fail(`distance needs exactly one INPUT\n${USAGE}`);
  let text: string;
  try {
    text = readFileSync(input, "utf8");
  } catch (error) {
    fail(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let table;
  try {
    table = readPointTable(text, input);
  } catch (error) {
    if (error instanceof UnreadableInput) fail(`${input}: ${error.message}`);
    throw error;
  }
  const unit = table.format === "csv" ? "row" : "feature";
  for (const row of table.rows) {
    if (row.problem) process.stderr.write(`${input}: ${unit} ${row.number}: ${row.problem}; kept with empty border columns\n`);
  }
  const measurer = loadBorderMeasurer();
  const bar = table.rows.length > PROGRESS_ROWS ? progressBar("distance") : null;
  let tooFar = 0;
  const columns = borderColumns(measurer, table.rows, bar ? (done, total) => bar.update(done, total) : undefined, (row, distanceM) => {
    tooFar++;
    process.stderr.write(
      `${input}: ${unit} ${row.number}: about ${Math.round(distanceM / 1000)} km from the border, beyond the ${SUPPORTED_DISTANCE_M / 1000} km this tool answers for; kept with empty border columns\n`,
    );
  });
  bar?.finish(table.rows.length);
  const output = writePointTable(table, columns);
  if (values.out) writeFileSync(values.out, output);
  else process.stdout.write(output);
  return tooFar > 0 || table.rows.some((r) => r.problem) ? 3 : 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === "distance") return distance(rest);
  if (!command || command === "--help" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  fail(`unknown command "${command}"\n${USAGE}`);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
