import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { clusterTable } from "../core/io/cluster-table";
import { readEventParams } from "../core/events/event-params";
import { writePointTable } from "../core/io/point-table";
import { fail, readInput, unitName, writeOutput, type CliIo } from "./io";
import { USAGE } from "./usage";

/** `cluster INPUT [--eps-km] [--eps-hours] [--min-points] [--events FILE] [--out FILE]`: an event_id for every row. Returns the exit status. */
export function cluster(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    options: {
      "eps-km": { type: "string" },
      "eps-hours": { type: "string" },
      "min-points": { type: "string" },
      events: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const input = positionals[0];
  if (!input || positionals.length > 1) fail(`cluster needs exactly one INPUT\n${USAGE}`);
  const read = readEventParams({ epsKm: values["eps-km"], epsHours: values["eps-hours"], minPoints: values["min-points"] });
  if (!read.ok) fail(read.problem);
  const table = readInput(input);
  const { columns, problems, events } = clusterTable(table, read.params);
  const unit = unitName(table);
  for (const { number, problem } of problems) io.err(`${input}: ${unit} ${number}: ${problem}; kept with an empty event_id\n`);
  writeOutput(writePointTable(table, columns), values.out, io);
  if (values.events) writeFileSync(values.events, JSON.stringify(events) + "\n");
  return problems.length > 0 ? 3 : 0;
}
