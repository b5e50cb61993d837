// npm run bench:distance (npm run bench runs it, then cluster.ts): the distance
// to the Durand Line on seeded synthetic points (generated here, never saved,
// never mixed with the real reports), against turf.pointToLineDistance on a
// sample of the same points in the same run.
//
//   npm run bench:distance -- [points=1000000] [turfSample=200]
import { readFileSync } from "node:fs";
import os from "node:os";
import { pointToLineDistance } from "@turf/turf";
import type { FeatureCollection, LineString } from "geojson";
import { borderIndexFromGeoJson } from "../../src/core/distance/border-index";
import { BorderDistanceMeasurer } from "../../src/core/distance/distance-to-border";
import { seededRandom } from "../../tests/support/seeded-random";

const points = Number(process.argv[2] ?? 1_000_000);
const turfSample = Number(process.argv[3] ?? 200);
const geodata = (name: string) => JSON.parse(readFileSync(new URL(`../../geodata/${name}`, import.meta.url), "utf8"));
const durand = geodata("durand-line.geojson") as FeatureCollection<LineString>;
const line = durand.features[0]!.geometry.coordinates;

/** Peak resident memory so far, MB: its growth over a phase is the extra memory that phase needed. */
function peakMegabytes(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Synthetic points: uniform over the region, or within 50 km of the line (a random vertex, offset). */
function synthetic(kind: "region" | "near", n: number, seed: number): { lon: Float64Array; lat: Float64Array } {
  const random = seededRandom(seed);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (kind === "region") {
      lon[i] = 58 + random() * 20;
      lat[i] = 24 + random() * 16;
    } else {
      const v = line[Math.floor(random() * line.length)]!;
      const r = (random() * 50_000) / 111_000;
      const a = random() * 2 * Math.PI;
      lon[i] = v[0]! + (r * Math.cos(a)) / Math.cos((v[1]! * Math.PI) / 180);
      lat[i] = v[1]! + r * Math.sin(a);
    }
  }
  return { lon, lat };
}

const t0 = performance.now();
const m0 = peakMegabytes();
const index = borderIndexFromGeoJson(durand, geodata("af-pk-countries.geojson"));
const measurer = new BorderDistanceMeasurer(index, [69.17233, 34.52813]);
const buildMs = performance.now() - t0;

console.log(`machine: ${os.cpus()[0]?.model ?? "unknown"} (${os.cpus().length} cores), node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`index: ${line.length} vertices, built in ${buildMs.toFixed(0)} ms`);

for (const kind of ["region", "near"] as const) {
  const n = kind === "region" ? points : Math.max(1, Math.floor(points / 5));
  const { lon, lat } = synthetic(kind, n, kind === "region" ? 1 : 2);
  global.gc?.();
  const before = peakMegabytes();
  const start = performance.now();
  const result = measurer.distances(lon, lat);
  const ms = performance.now() - start;
  // Peak growth while measuring, plus (first phase) what the index took.
  const extra = peakMegabytes() - before + (kind === "region" ? before - m0 : 0);
  const ours = (ms * 1000) / n;

  const sample = Math.min(turfSample, n);
  const turfLine = durand.features[0]!;
  const tStart = performance.now();
  for (let i = 0; i < sample; i++) pointToLineDistance([lon[i]!, lat[i]!], turfLine, { units: "meters", method: "geodesic" });
  const turfUs = ((performance.now() - tStart) * 1000) / sample;
  let turfWorst = 0;
  for (let i = 0; i < sample; i++) {
    const t = pointToLineDistance([lon[i]!, lat[i]!], turfLine, { units: "meters", method: "geodesic" });
    turfWorst = Math.max(turfWorst, Math.abs(t - result.distanceM[i]!));
  }
  console.log(
    `${kind.padEnd(6)} ${n.toLocaleString("en")} points: ${(ms / 1000).toFixed(2)} s, ${ours.toFixed(2)} µs a point, ` +
      `+${extra.toFixed(0)} MB; turf.pointToLineDistance (geodesic) on ${sample}: ${(turfUs / 1000).toFixed(2)} ms a point, ` +
      `ratio ${(turfUs / ours).toFixed(0)}×; turf's answer off by up to ${turfWorst.toFixed(0)} m (its "geodesic" is a sphere)`,
  );
}

// The batch gains from density (Z-order, each point starting from its neighbour's answer). One
// point at a time, in input order, has neither: the cost of a lone lookup, on sparser data.
{
  const n = Math.max(1, Math.floor(points / 10));
  const { lon, lat } = synthetic("region", n, 3);
  const start = performance.now();
  for (let i = 0; i < n; i++) measurer.distance(lon[i]!, lat[i]!);
  const us = ((performance.now() - start) * 1000) / n;
  console.log(`alone  ${n.toLocaleString("en")} points over the region, one distance() call each in input order: ${us.toFixed(2)} µs a point`);
}
