// npm run bench:cluster: grouping reports into events (space-time DBSCAN, then events with figure
// ranges) on seeded synthetic reports around the Durand Line's vertices (generated here, marked
// synthetic, never saved, never mixed with the real reports), against turf.clustersDbscan on the
// first reports of the same set in the same run.
//
//   npm run bench:cluster -- [sizes=100000,1000000] [turfSample=20000] [seed=1]
//
// Each measurement runs in a process of its own (this script again, with `--phase`), so that
// memory an earlier phase freed, and the allocator kept, does not hide what the next one needs.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { clustersDbscan, featureCollection, point } from "@turf/turf";
import type { FeatureCollection, LineString } from "geojson";
import { DEFAULT_EVENT_PARAMS, eventReportFromFeature, groupEvents } from "../../src/core/events/events";
import { reportHours } from "../../src/core/reports/report-time";
import { spaceTimeDbscan, type DbscanParams } from "../../src/core/events/space-time-dbscan";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";

type Phase = "dbscan" | "events" | "baseline";

const TURF_MIN_POINTS = 3; // for the comparison with turf: with 3 there are core, border and noise points to get wrong
const { epsKm, epsHours, minPoints, metric } = DEFAULT_EVENT_PARAMS;
const durand = JSON.parse(readFileSync(new URL("../../geodata/durand-line.geojson", import.meta.url), "utf8")) as FeatureCollection<LineString>;
const anchors = durand.features[0]!.geometry.coordinates;

const count = (x: number) => x.toLocaleString("en");
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Peak resident memory so far, MB: its growth over a phase is the extra memory that phase needed. */
function peakMegabytes(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Lets the input's garbage go (the generated GeoJSON is several times what grouping takes), then
 * sets the peak back to the present (Linux), so that the phase's own peak shows.
 */
async function settle(): Promise<void> {
  // V8 keeps freed heap pages for reuse a few seconds after a full collection, and reuse would not
  // show as growth: wait until resident memory has stopped falling for 2 s (at most 15 s).
  let low = Infinity;
  for (let calm = 0, waited = 0; calm < 4 && waited < 15_000; waited += 500) {
    global.gc?.();
    await sleep(500);
    const rss = process.memoryUsage().rss;
    calm = rss < low * 0.99 ? 0 : calm + 1;
    low = Math.min(low, rss);
  }
  try {
    writeFileSync("/proc/self/clear_refs", "5");
  } catch {
    console.log("  (the peak could not be reset here: the memory figure is growth over generating the reports)");
  }
}

/** Time (ms) and extra memory (MB, peak RSS growth) of one run. */
function measure<T>(run: () => T): { result: T; ms: number; extraMb: number } {
  const before = peakMegabytes();
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  return { result, ms, extraMb: peakMegabytes() - before };
}

const memory = (mb: number, n: number) => `+${mb.toFixed(0)} MB (${((mb * 2 ** 20) / n).toFixed(0)} B a report)`;

/** Reports in each cluster: how many clusters, the largest, how many of one report. */
function clusterSizes(cluster: Int32Array, clusters: number): string {
  const size = new Int32Array(clusters);
  for (const c of cluster) if (c >= 0) size[c]!++;
  let [largest, alone] = [0, 0];
  for (const s of size) {
    largest = Math.max(largest, s);
    if (s === 1) alone++;
  }
  return `${count(clusters)} clusters (largest ${count(largest)} reports, ${count(alone)} of one)`;
}

async function runPhase(phase: Phase, n: number, seed: number): Promise<void> {
  const features = syntheticReports(n, { anchors, seed }).features;

  if (phase === "dbscan") {
    const lon = new Float64Array(n);
    const lat = new Float64Array(n);
    const startHour = new Float64Array(n);
    const endHour = new Float64Array(n);
    features.forEach((f, i) => {
      [lon[i], lat[i]] = f.geometry.coordinates as [number, number];
      [startHour[i], endHour[i]] = reportHours(f.properties.event_date, f.properties.time_precision);
    });
    features.length = 0;
    await settle();
    const { result, ms, extraMb } = measure(() => spaceTimeDbscan({ lon, lat, startHour, endHour }, DEFAULT_EVENT_PARAMS));
    const bar = n === 100_000 ? " (bar: 1 s)" : n === 1_000_000 ? " (bar: 20 s)" : "";
    console.log(`  spaceTimeDbscan: ${seconds(ms)}${bar}, ${memory(extraMb, n)}, ${clusterSizes(result.cluster, result.clusters)}`);
  } else if (phase === "events") {
    const reports = features.map(eventReportFromFeature);
    features.length = 0;
    await settle();
    const { result, ms, extraMb } = measure(() => groupEvents(reports));
    const disagree = result.events.filter((e) => e.disagree).length;
    console.log(`  groupEvents:     ${seconds(ms)}, ${memory(extraMb, n)}, ${count(result.events.length)} events, ${count(disagree)} where sources disagree`);
  } else {
    // Space only (turf has no time): the same eps, in kilometres.
    const lon = features.map((f) => f.geometry.coordinates[0]!);
    const lat = features.map((f) => f.geometry.coordinates[1]!);
    const collection = featureCollection(lon.map((x, i) => point([x, lat[i]!])));
    features.length = 0;
    await settle();
    const turf = measure(() => clustersDbscan(collection, epsKm, { units: "kilometers", minPoints: TURF_MIN_POINTS }));
    const theirs = turf.result.features.map((f) => (f.properties.dbscan === "noise" ? -1 : (f.properties.cluster as number)));
    const clusters = new Set(theirs.filter((c) => c >= 0)).size;
    const noise = theirs.filter((c) => c < 0).length;
    console.log(`  turf.clustersDbscan (kilometers):   ${seconds(turf.ms)}, ${memory(turf.extraMb, n)}, ${count(clusters)} clusters, ${count(noise)} noise`);
    for (const m of ["sphere", "geodesic"] as const) {
      const params: DbscanParams = { epsKm, epsHours: Infinity, minPoints: TURF_MIN_POINTS, metric: m };
      spaceTimeDbscan({ lon, lat }, params); // once untimed, as turf's seconds dwarf its own warming up
      const ours = measure(() => spaceTimeDbscan({ lon, lat }, params));
      const differ = theirs.filter((c, i) => c !== ours.result.cluster[i]).length;
      // The sphere must give turf's labels exactly; the ellipsoid may move a pair within a hair of eps.
      const why = m === "sphere" ? "" : differ === 0 ? " even so" : " (the ellipsoid, not turf's sphere)";
      const labels = differ === 0 ? `labels identical to turf's${why}` : `labels differ from turf's at ${count(differ)} reports${why}`;
      console.log(`  spaceTimeDbscan, metric "${m}":${" ".repeat(8 - m.length)} ${ours.ms.toFixed(1)} ms, ${(turf.ms / ours.ms).toFixed(0)}× faster; ${count(ours.result.clusters)} clusters, ${labels}`);
    }
  }
}

function main(args: string[]): void {
  const sizes = (args[0] ?? "100000,1000000").split(",").map(Number);
  const turfSample = Number(args[1] ?? 20_000);
  const seed = Number(args[2] ?? 1);
  const phase = (p: Phase, n: number) => {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--phase", p, String(n), String(seed)], { stdio: "inherit" });
    if (child.status !== 0) throw new Error(`the ${p} phase on ${count(n)} reports failed (${child.status ?? child.signal})`);
  };
  console.log(`machine: ${os.cpus()[0]?.model ?? "unknown"} (${os.cpus().length} cores), node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load ${os.loadavg()[0]!.toFixed(2)}`);
  console.log(`reports: syntheticReports(n, { seed: ${seed} }) around the Durand Line's ${count(anchors.length)} vertices; DEFAULT_EVENT_PARAMS: ${epsKm} km, ${epsHours} h, min ${minPoints}, ${metric}`);
  if (!process.execArgv.includes("--expose-gc")) console.log("(without --expose-gc the memory figures include garbage)");
  for (const n of sizes) {
    console.log(`${count(n)} reports:`);
    phase("dbscan", n);
    phase("events", n);
  }
  console.log(`baseline: the first ${count(turfSample)} of the same reports, space only (${epsKm} km, min ${TURF_MIN_POINTS}, time ignored):`);
  phase("baseline", turfSample);
}

const args = process.argv.slice(2);
if (args[0] === "--phase") await runPhase(args[1] as Phase, Number(args[2]), Number(args[3]));
else main(args);
