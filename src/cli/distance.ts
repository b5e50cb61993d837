import { parseArgs } from "node:util";
import { accuraciesOf } from "../core/io/accuracy-column";
import { borderColumns, SUPPORTED_DISTANCE_M } from "../core/io/border-columns";
import { writePointTable } from "../core/io/point-table";
import { fail, readInput, unitName, writeOutput, type CliIo } from "./io";
import { loadBorderMeasurer } from "./load-border";
import { progressBar } from "./progress";
import { USAGE } from "./usage";

/** Rows above which the work takes a few seconds: show progress. */
const PROGRESS_ROWS = 100_000;

/**
 * `distance INPUT [--out FILE]`: the border columns for every row, and the range
 * of distances each row's `accuracy_m` allows when the input gives it (else a
 * note that no range is known). Returns the exit status.
 */
export function distance(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({ args, options: { out: { type: "string" }, help: { type: "boolean" } }, allowPositionals: true });
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const input = positionals[0];
  if (!input || positionals.length > 1) fail(`distance needs exactly one INPUT\n${USAGE}`);
  const table = readInput(input);
  const unit = unitName(table);
  for (const row of table.rows) {
    if (row.problem) io.err(`${input}: ${unit} ${row.number}: ${row.problem}; kept with empty border columns\n`);
  }
  const accuracies = accuraciesOf(table);
  if (!accuracies.known) {
    io.err(`${input}: no accuracy_m given: no range of distances is known, so border_distance_min_m and border_distance_max_m are not added\n`);
  } else {
    accuracies.problems.forEach((problem, i) => {
      const row = table.rows[i];
      if (problem && row && !row.problem) io.err(`${input}: ${unit} ${row.number}: ${problem}: no range of distances is known; border_distance_min_m and border_distance_max_m left empty\n`);
    });
  }
  const measurer = loadBorderMeasurer();
  const bar = table.rows.length > PROGRESS_ROWS ? progressBar("distance", io) : null;
  let tooFar = 0;
  const columns = borderColumns(measurer, table.rows, bar ? (done, total) => bar.update(done, total) : undefined, (row, distanceM) => {
    tooFar++;
    io.err(
      `${input}: ${unit} ${row.number}: about ${Math.round(distanceM / 1000)} km from the border, beyond the ${SUPPORTED_DISTANCE_M / 1000} km this tool answers for; kept with empty border columns\n`,
    );
  }, accuracies.known ? accuracies.accuraciesM : undefined);
  bar?.finish(table.rows.length);
  writeOutput(writePointTable(table, columns), values.out, io);
  return tooFar > 0 || table.rows.some((r) => r.problem) ? 3 : 0;
}
