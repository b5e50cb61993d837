// npm run bench:validate: `npm run cli -- validate` on a CSV of 1,000,000 seeded synthetic reports
// (generated here into the system's temporary folder, marked synthetic, deleted after), each run in
// a process of its own for its peak memory. Baseline in the same run: papaparse streaming the same
// file and checking nothing. Bars (issue 7): under 30 s and under 1 GB.
//
//   npm run bench:validate -- [rows=1000000]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { reportsToCsv } from "../../src/core/io/export-reports";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";

const rows = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(os.tmpdir(), "bench-validate-"));
const file = join(dir, `synthetic-${rows}.csv`);
try {
  const line = JSON.parse(readFileSync(new URL("../../geodata/durand-line.geojson", import.meta.url), "utf8"));
  const reports = syntheticReports(rows, { anchors: line.features[0].geometry.coordinates, seed: 7 }).features;
  writeFileSync(file, reportsToCsv(reports.map((r) => ({ properties: r.properties, lon: r.geometry.coordinates[0]!, lat: r.geometry.coordinates[1]! }))));
  const mb = statSync(file).size / 1024 / 1024;
  console.log(`bench:validate ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
  console.log(`${rows.toLocaleString("en")} synthetic reports, ${mb.toFixed(0)} MB of CSV`);
  const run = (mode: "parse" | "validate") => {
    const child = spawnSync(process.execPath, ["--import", "tsx", new URL("./validate-child.ts", import.meta.url).pathname, mode, file], { encoding: "utf8" });
    const last = child.stderr.trim().split("\n").pop() ?? "{}";
    return JSON.parse(last) as { ms: number; maxRssMb: number; rows: number };
  };
  const base = run("parse");
  const checked = run("validate");
  console.log(`papaparse alone (baseline): ${(base.ms / 1000).toFixed(1)} s, peak ${base.maxRssMb.toFixed(0)} MB, ${base.rows.toLocaleString("en")} rows`);
  console.log(
    `validate: ${(checked.ms / 1000).toFixed(1)} s (${(checked.ms / base.ms).toFixed(1)}× the baseline), peak ${checked.maxRssMb.toFixed(0)} MB, ${checked.rows.toLocaleString("en")} valid; ` +
      `bars 30 s and 1 GB: ${checked.ms < 30_000 && checked.maxRssMb < 1024 ? "met" : "NOT met"}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
