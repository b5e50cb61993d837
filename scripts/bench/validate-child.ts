// One measured run for scripts/bench/validate.ts, in a process of its own so that its peak memory is its own:
//   node --import tsx scripts/bench/validate-child.ts (validate|parse) FILE
// prints {"ms": …, "maxRssMb": …, "rows": …} on standard error.
import { createReadStream } from "node:fs";
import Papa from "papaparse";
import { validate } from "../../src/cli/validate";

const [mode, file] = process.argv.slice(2);
const start = performance.now();
let rows = 0;
if (mode === "parse") {
  // The baseline: papaparse streaming the same file, checking nothing.
  await new Promise<void>((resolve, reject) =>
    Papa.parse(createReadStream(file!, { encoding: "utf8" }) as unknown as File, { header: true, skipEmptyLines: "greedy", step: () => void rows++, complete: () => resolve(), error: reject }),
  );
} else {
  // Only the summary line is kept (a million lines of problems would time the terminal, not the check).
  const io = { out: (chunk: string) => void (rows = Number(chunk.split(" ")[0]!.replace(/,/g, ""))), err: () => {}, errIsTTY: false };
  process.exitCode = await validate([file!], io);
}
process.stderr.write(`${JSON.stringify({ ms: performance.now() - start, maxRssMb: process.resourceUsage().maxRSS / 1024, rows })}\n`);
