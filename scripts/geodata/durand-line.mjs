// geodata/durand-line.geojson: the Afghanistan–Pakistan boundary as the
// longest run of consecutive vertices shared by the Afghanistan and Pakistan
// outlines in @geo-maps/countries-maritime-10m (OpenStreetMap), oriented from
// the Iran tripoint to the China tripoint.
// geodata/durand-line-low.geojson: the same boundary from Natural Earth 1:10m
// (world-atlas countries-10m, topojson mesh between the two countries), for low zooms.

import path from "node:path";
import * as turf from "@turf/turf";
import { LineDistanceIndex, roundLine, roundTo, writeFeatureCollection } from "./geometry.mjs";
import { readSourceJson, requireFromCache, REPO_ROOT } from "./install-sources.mjs";
import { pkgRef, SOURCES } from "./sources.mjs";

const STATUS = "de facto boundary; Afghanistan does not recognise it as an international border";
const OSM_NOMINAL_ACCURACY_M = 10;

/** Longest run of consecutive ring vertices that the two rings share as consecutive vertices. */
export function longestSharedRun(ringA, ringB) {
  const a = ringA.slice(0, -1);
  const b = ringB.slice(0, -1);
  const key = (c) => `${c[0]},${c[1]}`;
  const where = new Map();
  b.forEach((c, i) => {
    const k = key(c);
    if (!where.has(k)) where.set(k, []);
    where.get(k).push(i);
  });
  const m = b.length;
  const n = a.length;
  const adjacentInB = (i, j) => {
    const pi = where.get(key(a[i]));
    const pj = where.get(key(a[j]));
    return !!pi && !!pj && pi.some((x) => pj.some((y) => Math.abs(x - y) === 1 || Math.abs(x - y) === m - 1));
  };
  const shared = a.map((c) => where.has(key(c)));
  const start = shared.indexOf(false);
  if (start < 0) throw new Error("durand-line: the two outlines are identical");
  const runs = [];
  let run = null;
  for (let t = 1; t <= n; t++) {
    const i = (start + t) % n;
    const prev = (start + t - 1) % n;
    if (shared[i] && run && adjacentInB(prev, i)) run.push(i);
    else {
      if (run) runs.push(run);
      run = shared[i] ? [i] : null;
    }
  }
  if (run) runs.push(run);
  runs.sort((x, y) => y.length - x.length);
  return { line: runs[0].map((i) => a[i]), runs: runs.map((r) => r.length) };
}

function orientWestToEast(line) {
  return line[0][0] <= line[line.length - 1][0] ? line : [...line].reverse();
}

export function buildDurandLine({ log = console.log } = {}) {
  const src = SOURCES.osmBorders;
  const fc = readSourceJson(src, "map.geo.json");
  const outline = (a3) => {
    const f = fc.features.find((x) => x.properties.A3 === a3);
    if (!f || f.geometry.type !== "Polygon") throw new Error(`durand-line: no single polygon for ${a3}`);
    return f.geometry.coordinates[0];
  };
  const { line: raw, runs } = longestSharedRun(outline("AFG"), outline("PAK"));
  log(`durand-line: shared runs ${runs.slice(0, 3).join(", ")}… vertices; longest ${raw.length}`);
  const line = roundLine(orientWestToEast(raw), 6);
  const [w, e] = [line[0], line[line.length - 1]];
  if (!(w[0] > 60.5 && w[0] < 61.2 && e[0] > 74.2 && e[0] < 75.2)) {
    throw new Error(`durand-line: unexpected ends ${w} … ${e}`);
  }
  const lengthKm = turf.length(turf.lineString(line), { units: "kilometers" });

  const feature = {
    type: "Feature",
    properties: {
      name: "Durand Line",
      status: STATUS,
      source: `${pkgRef(src)} (OpenStreetMap boundaries): longest run of consecutive vertices shared by the AFG and PAK outlines`,
      license: src.license,
      attribution: src.attribution,
      accuracy_m: OSM_NOMINAL_ACCURACY_M,
      accuracy:
        "nominal: within about 10 m of the OpenStreetMap boundary it was simplified from (the package's stated " +
        "resolution); how closely OpenStreetMap follows the boundary on the ground is not stated by the source",
      vertices: line.length,
      length_km: roundTo(lengthKm, 1),
      length_method: "great-circle length on the mean-radius sphere (turf.length)",
      from: "Afghanistan–Iran–Pakistan tripoint",
      to: "Afghanistan–China–Pakistan tripoint",
    },
    geometry: { type: "LineString", coordinates: line },
  };
  const file = path.join(REPO_ROOT, "geodata", "durand-line.geojson");
  const bytes = writeFeatureCollection(file, [feature]);

  // Low-zoom line from Natural Earth.
  const topojson = requireFromCache("topojson-client");
  const wa = SOURCES.worldAtlas;
  const topo = readSourceJson(wa, "countries-10m.json");
  const ids = new Set(["004", "586"]); // ISO 3166-1 numeric ids world-atlas uses: Afghanistan, Pakistan
  const names = topo.objects.countries.geometries.filter((g) => ids.has(g.id)).map((g) => g.properties.name);
  if (names.sort().join() !== "Afghanistan,Pakistan") throw new Error(`durand-line-low: ids resolve to ${names}`);
  const mesh = topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b && ids.has(a.id) && ids.has(b.id));
  if (mesh.coordinates.length !== 1) throw new Error(`durand-line-low: mesh has ${mesh.coordinates.length} parts`);
  const low = roundLine(orientWestToEast(mesh.coordinates[0]), 5);
  const lowKm = turf.length(turf.lineString(low), { units: "kilometers" });

  // How far Natural Earth departs from the OSM line: measured, and used as its stated accuracy.
  const index = new LineDistanceIndex([line]);
  let maxDevKm = 0;
  let sumDevKm = 0;
  for (const p of low) {
    const d = index.distanceKm(p, 50);
    maxDevKm = Math.max(maxDevKm, d);
    sumDevKm += d;
  }
  const lowAccuracyM = Math.ceil((maxDevKm * 1000) / 100) * 100;
  const lowFeature = {
    type: "Feature",
    properties: {
      name: "Durand Line",
      status: STATUS,
      source: `${pkgRef(wa)} countries-10m.json (Natural Earth 1:10m): topojson mesh between Afghanistan and Pakistan`,
      license: wa.license,
      attribution: wa.attribution,
      accuracy_m: lowAccuracyM,
      accuracy:
        `largest departure of its vertices from the OpenStreetMap line in durand-line.geojson, measured at build ` +
        `time (${roundTo(maxDevKm, 2)} km; mean ${roundTo(sumDevKm / low.length, 2)} km); for low zooms only`,
      vertices: low.length,
      length_km: roundTo(lowKm, 1),
      length_method: "great-circle length on the mean-radius sphere (turf.length)",
      from: "Afghanistan–Iran–Pakistan tripoint",
      to: "Afghanistan–China–Pakistan tripoint",
    },
    geometry: { type: "LineString", coordinates: low },
  };
  const lowFile = path.join(REPO_ROOT, "geodata", "durand-line-low.geojson");
  const lowBytes = writeFeatureCollection(lowFile, [lowFeature]);
  log(
    `durand-line: ${line.length} vertices, ${lengthKm.toFixed(1)} km; low: ${low.length} vertices, ` +
      `${lowKm.toFixed(1)} km, max departure ${maxDevKm.toFixed(2)} km`,
  );
  return {
    line,
    stats: {
      vertices: line.length,
      lengthKm,
      start: line[0],
      end: line[line.length - 1],
      bytes,
      low: { vertices: low.length, lengthKm: lowKm, maxDevKm, meanDevKm: sumDevKm / low.length, bytes: lowBytes, accuracyM: lowAccuracyM },
    },
  };
}
