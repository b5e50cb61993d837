// A long check of the border distance against the brute-force GeographicLib
// reference on seeded points (half anywhere within 1,000 km of the line, half
// within 60 km of it), for as long as asked. Each point is measured alone and
// in a batch between two neighbours 50 m either side, so that the batch starts
// its search from a neighbour's answer:
//
//   node --import tsx scripts/bench/check-distance.ts [seed=99] [seconds=240]
import { readFileSync } from "node:fs";
import type { FeatureCollection, LineString } from "geojson";
import { borderIndexFromGeoJson } from "../../src/core/distance/border-index";
import { BorderDistanceMeasurer } from "../../src/core/distance/distance-to-border";
import { referenceDistance } from "../../tests/support/geodesic-reference";
import { seededRandom } from "../../tests/support/seeded-random";

const geodata = (name: string) => JSON.parse(readFileSync(new URL(`../../geodata/${name}`, import.meta.url), "utf8"));
const durand = geodata("durand-line.geojson") as FeatureCollection<LineString>;
const line = durand.features[0]!.geometry.coordinates;
const measurer = new BorderDistanceMeasurer(borderIndexFromGeoJson(durand, geodata("af-pk-countries.geojson")), [69.17233, 34.52813]);
const random = seededRandom(Number(process.argv[2] ?? 99));
const seconds = Number(process.argv[3] ?? 240);

let checked = 0;
let worst = 0;
let over = 0;
const started = Date.now();
while (Date.now() - started < seconds * 1000) {
  let lon: number;
  let lat: number;
  if (checked % 2 === 0) {
    lon = 56 + random() * 26;
    lat = 21 + random() * 23;
  } else {
    const v = line[Math.floor(random() * line.length)]!;
    const r = (random() * 60_000) / 111_000;
    const a = random() * 2 * Math.PI;
    lon = v[0]! + (r * Math.cos(a)) / Math.cos((v[1]! * Math.PI) / 180);
    lat = v[1]! + r * Math.sin(a);
  }
  const reference = referenceDistance(line, lon, lat);
  if (reference.distanceM > 1_000_000) continue;
  const alone = measurer.distance(lon, lat).distanceM;
  const batch = measurer.distances([lon - 0.0005, lon, lon + 0.0005], [lat, lat, lat]).distanceM[1]!;
  const error = Math.max(Math.abs(alone - reference.distanceM), Math.abs(batch - reference.distanceM));
  checked++;
  worst = Math.max(worst, error);
  if (error > 0.001) {
    over++;
    console.log(`over 1 mm at ${lon}, ${lat}: ${error} m`);
  }
}
console.log(`checked ${checked} points in ${seconds} s: worst error ${worst.toExponential(2)} m, ${over} over 1 mm`);
process.exitCode = over > 0 ? 1 : 0;
