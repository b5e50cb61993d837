import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { syntheticReports } from "../core/reports/synthetic-reports";
import { fail, writeOutput, type CliIo } from "./io";

export const SYNTH_USAGE = `usage: npm run synth -- COUNT [--seed 1] [--out FILE]

Writes COUNT synthetic reports (GeoJSON) around the Durand Line's vertices, for benchmarks and scale tests:
each marked "synthetic": true and sourced to "Synthetic source N", with no real incident among them.
The same COUNT and seed give the same file. Open them in the app with ?synthetic=COUNT&seed=S.`;

/** `synth COUNT [--seed S] [--out FILE]`: seeded synthetic reports as a GeoJSON FeatureCollection. */
export function synth(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({ args, options: { seed: { type: "string" }, out: { type: "string" }, help: { type: "boolean" } }, allowPositionals: true });
  if (values.help) {
    io.out(`${SYNTH_USAGE}\n`);
    return 0;
  }
  const count = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(count) || count < 1 || count > 10_000_000) fail(`synth needs COUNT, a whole number from 1 to 10,000,000\n${SYNTH_USAGE}`);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not ${JSON.stringify(values.seed)}`);
  const line = JSON.parse(readFileSync(new URL("../../geodata/durand-line.geojson", import.meta.url), "utf8"));
  const reports = syntheticReports(count, { anchors: line.features[0].geometry.coordinates, seed });
  // One feature a line: a million reports stay readable and diffable.
  const text = `{"type":"FeatureCollection","synthetic":true,"features":[\n${reports.features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;
  writeOutput(text, values.out, io);
  return 0;
}
