// Facts the built geodata must hold (npm run geodata rebuilds it; see geodata/SOURCES.md).
// These check the data against the public record and against itself, not against copies of it.

import fs from "node:fs";
import * as turf from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";

const repoUrl = (rel: string) => new URL(`../../${rel}`, import.meta.url);
const readJson = <T = FeatureCollection>(rel: string): T => JSON.parse(fs.readFileSync(repoUrl(rel), "utf8")) as T;

// Afghanistan–Iran–Pakistan tripoint (Koh-i-Malik Siah): the point where Natural Earth 1:10m
// admin-0 (public domain; world-atlas countries-10m) has the three countries meet, a source
// independent of the OpenStreetMap line under test.
const IRAN_TRIPOINT: Position = [60.84601, 29.85798];
// Afghanistan–China–Pakistan tripoint: the southern extremity of the Afghanistan–China boundary,
// "a peak with a height of 5,630 metres, reference coordinates approximately 37°03′N, 74°36′E"
// (Boundary Treaty between China and Afghanistan, 22 November 1963, Article 1).
const CHINA_TRIPOINT: Position = [74 + 36 / 60, 37 + 3 / 60];
// shared/reference/incident-sources.md
const KP_AREA_KM2 = 101_741;
const SPIN_BOLDAK: Position = [66.40001, 31.00575];
const CHAMAN: Position = [66.45259, 30.91769];

const BUILT_FILES = [
  "geodata/durand-line.geojson",
  "geodata/durand-line-low.geojson",
  "geodata/khyber-pakhtunkhwa.geojson",
  "geodata/places.geojson",
  "public/basemap/land.geojson",
  "public/basemap/countries.geojson",
  "public/basemap/country-borders.geojson",
  "public/basemap/provinces.geojson",
  "public/basemap/cities.geojson",
  "public/basemap/rivers.geojson",
];

const km = (a: Position, b: Position) => turf.distance(a, b, { units: "kilometers" });

/** Nearest distance (km) from points to polylines, via a grid of segments; local flat-earth maths, fine at 1 km. */
function lineDistance(lines: Position[][]) {
  const cell = 0.05;
  const grid = new Map<string, [Position, Position][]>();
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i]!;
      const b = line[i + 1]!;
      for (let x = Math.floor(Math.min(a[0]!, b[0]!) / cell); x <= Math.floor(Math.max(a[0]!, b[0]!) / cell); x++) {
        for (let y = Math.floor(Math.min(a[1]!, b[1]!) / cell); y <= Math.floor(Math.max(a[1]!, b[1]!) / cell); y++) {
          const key = `${x},${y}`;
          const bucket = grid.get(key) ?? [];
          bucket.push([a, b]);
          grid.set(key, bucket);
        }
      }
    }
  }
  const kmPerDeg = (Math.PI * 6371.0088) / 180;
  return (p: Position): number => {
    const kx = kmPerDeg * Math.cos((p[1]! * Math.PI) / 180);
    const cx = Math.floor(p[0]! / cell);
    const cy = Math.floor(p[1]! / cell);
    let best = Infinity;
    for (let x = cx - 1; x <= cx + 1; x++) {
      for (let y = cy - 1; y <= cy + 1; y++) {
        for (const [a, b] of grid.get(`${x},${y}`) ?? []) {
          const ax = (a[0]! - p[0]!) * kx;
          const ay = (a[1]! - p[1]!) * kmPerDeg;
          const dx = (b[0]! - a[0]!) * kx;
          const dy = (b[1]! - a[1]!) * kmPerDeg;
          const len2 = dx * dx + dy * dy;
          const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
          best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
        }
      }
    }
    return best; // exact up to one cell (about 4.5 km); beyond that it may say Infinity
  };
}

/** Twice the signed area of a ring in lon/lat; positive when counter-clockwise. */
const ringArea2 = (ring: Position[]) =>
  ring.slice(0, -1).reduce((s, p, i) => s + p[0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * p[1]!, 0);

const durand = readJson<FeatureCollection<LineString>>("geodata/durand-line.geojson");
const durandLine = durand.features[0]!.geometry.coordinates;
const kp = readJson<FeatureCollection<Polygon | MultiPolygon>>("geodata/khyber-pakhtunkhwa.geojson");
const kpFeature = kp.features[0]!;
const kpPolygons = kpFeature.geometry.type === "Polygon" ? [kpFeature.geometry.coordinates] : kpFeature.geometry.coordinates;

describe("Durand Line", () => {
  it("is one LineString", () => {
    expect(durand.features).toHaveLength(1);
    expect(durand.features[0]!.geometry.type).toBe("LineString");
    expect(durand.features[0]!.properties?.status).toMatch(/de facto/);
  });

  it("runs from the Iran tripoint to the China tripoint", () => {
    expect(km(durandLine[0]!, IRAN_TRIPOINT)).toBeLessThan(15);
    expect(km(durandLine[durandLine.length - 1]!, CHINA_TRIPOINT)).toBeLessThan(15);
  });

  it("is 2,600–2,800 km long (usually quoted as about 2,640 km)", () => {
    const length = turf.length(turf.lineString(durandLine), { units: "kilometers" });
    expect(length).toBeGreaterThan(2600);
    expect(length).toBeLessThan(2800);
  });

  it("has a low-zoom version with the same orientation", () => {
    const low = readJson<FeatureCollection<LineString>>("geodata/durand-line-low.geojson");
    expect(low.features).toHaveLength(1);
    const line = low.features[0]!.geometry.coordinates;
    expect(low.features[0]!.geometry.type).toBe("LineString");
    expect(km(line[0]!, IRAN_TRIPOINT)).toBeLessThan(15);
    expect(km(line[line.length - 1]!, CHINA_TRIPOINT)).toBeLessThan(15);
  });
});

describe("Khyber Pakhtunkhwa", () => {
  it("is one polygonal feature whose area is within 1.5% of 101,741 km²", () => {
    expect(kp.features).toHaveLength(1);
    expect(["Polygon", "MultiPolygon"]).toContain(kpFeature.geometry.type);
    const area = turf.area(kpFeature) / 1e6;
    expect(Math.abs(area / KP_AREA_KM2 - 1)).toBeLessThan(0.015);
  });

  it("is a valid polygon with RFC 7946 winding", () => {
    expect(turf.kinks(kpFeature as Feature<Polygon | MultiPolygon>).features).toHaveLength(0);
    for (const polygon of kpPolygons) {
      polygon.forEach((ring, i) => {
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        expect(ringArea2(ring) > 0).toBe(i === 0); // exterior counter-clockwise, holes clockwise
      });
    }
  });

  it("shares its western edge with the Durand Line, within 1 km both ways", () => {
    const outline = kpPolygons.map((p) => p[0]!);
    const toKp = lineDistance(outline);
    // Durand Line vertices that lie on KP's outline form a single unbroken stretch…
    const near = durandLine.map((p) => toKp(p) <= 1);
    const first = near.indexOf(true);
    const last = near.lastIndexOf(true);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(near.slice(first, last + 1).every(Boolean)).toBe(true);
    const stretch = durandLine.slice(first, last + 1);
    expect(turf.length(turf.lineString(stretch), { units: "kilometers" })).toBeGreaterThan(1000);

    // …and KP's outline between the two ends of that stretch, on the side away from a vertex
    // more than 5 km from the border (its inner side), lies within 1 km of the Durand Line.
    const ring = outline[0]!.slice(0, -1);
    const toLine = lineDistance([durandLine]);
    const nearestIndex = (p: Position) =>
      ring.reduce((best, q, i) => (km(q, p) < km(ring[best]!, p) ? i : best), 0);
    const a = nearestIndex(stretch[0]!);
    const b = nearestIndex(stretch[stretch.length - 1]!);
    const inner = ring.findIndex((q) => toLine(q) > 5);
    expect(inner).toBeGreaterThanOrEqual(0);
    const walk = (from: number, to: number) => {
      const out: number[] = [];
      for (let i = from; ; i = (i + 1) % ring.length) {
        out.push(i);
        if (i === to) return out;
      }
    };
    const forward = walk(Math.min(a, b), Math.max(a, b));
    const westernEdge = forward.includes(inner) ? walk(Math.max(a, b), Math.min(a, b)) : forward;
    expect(westernEdge.length).toBeGreaterThan(100);
    const worst = Math.max(...westernEdge.map((i) => toLine(ring[i]!)));
    expect(worst).toBeLessThanOrEqual(1);
  });
});

describe("places", () => {
  const places = readJson<FeatureCollection<Point>>("geodata/places.geojson");
  const byId = new Map(places.features.map((f) => [String(f.properties?.id), f]));
  const countries = readJson<FeatureCollection<Polygon | MultiPolygon>>("public/basemap/countries.geojson");
  const countryOf = (p: Position) =>
    countries.features.filter((c) => turf.booleanPointInPolygon(p, c)).map((c) => c.properties?.iso_a2);

  it("has the places the reports need, with kebab-case ids", () => {
    for (const id of ["spin-boldak", "weesh", "wesh-chaman-crossing", "chaman", "kandahar", "quetta", "peshawar", "parachinar", "kabul", "islamabad"]) {
      expect(byId.has(id), id).toBe(true);
    }
    for (const id of byId.keys()) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect([...byId.keys()].some((id) => id.includes("wardag"))).toBe(false);
  });

  it("puts Spin Boldak and Chaman where the reference (GeoNames) does", () => {
    expect(byId.get("spin-boldak")!.geometry.coordinates).toEqual(SPIN_BOLDAK);
    expect(byId.get("chaman")!.geometry.coordinates).toEqual(CHAMAN);
  });

  it("has Spin Boldak on the Afghan side and Chaman on the Pakistani side", () => {
    expect(countryOf(byId.get("spin-boldak")!.geometry.coordinates)).toEqual(["AF"]);
    expect(countryOf(byId.get("chaman")!.geometry.coordinates)).toEqual(["PK"]);
  });

  it("puts the crossing on the border line, and Weesh at the crossing, both approximate", () => {
    const gate = byId.get("wesh-chaman-crossing")!;
    const weesh = byId.get("weesh")!;
    const d = turf.pointToLineDistance(gate.geometry.coordinates, turf.lineString(durandLine), { units: "kilometers" });
    expect(d).toBeLessThan(1);
    expect(weesh.geometry.coordinates).toEqual(gate.geometry.coordinates);
    for (const f of [gate, weesh]) {
      expect(f.properties?.approximate).toBe(true);
      expect(f.properties?.accuracy_m).toBeGreaterThanOrEqual(2000);
    }
  });
});

describe("every built file", () => {
  const decimals = (x: number) => (String(x).split(".")[1] ?? "").length;
  const positions = (g: Geometry): Position[] => {
    switch (g.type) {
      case "Point":
        return [g.coordinates];
      case "LineString":
      case "MultiPoint":
        return g.coordinates;
      case "Polygon":
      case "MultiLineString":
        return g.coordinates.flat();
      case "MultiPolygon":
        return g.coordinates.flat(2);
      default:
        return [];
    }
  };

  it.each(BUILT_FILES)("%s: each feature has source, license and accuracy; WGS84 lon/lat, ≤ 6 decimals", (file) => {
    const fc = readJson(file);
    expect(fc.type).toBe("FeatureCollection");
    for (const f of fc.features) {
      const p = f.properties ?? {};
      expect(typeof p.source === "string" && p.source.length > 0).toBe(true);
      expect(typeof p.license === "string" && p.license.length > 0).toBe(true);
      expect("accuracy_m" in p || "accuracy" in p).toBe(true);
      for (const [lon, lat] of positions(f.geometry)) {
        expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
        expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
        expect(decimals(lon!)).toBeLessThanOrEqual(6);
        expect(decimals(lat!)).toBeLessThanOrEqual(6);
      }
    }
  });

  it("keeps the basemap small", () => {
    const bytes = BUILT_FILES.filter((f) => f.startsWith("public/")).reduce((n, f) => n + fs.statSync(repoUrl(f)).size, 0);
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });
});

describe("the map's offline region", () => {
  it("is the region the basemap build clips to, so that the grey 'no data' mask starts where the basemap ends", async () => {
    // The build script's own line (importing it would pull in the geodata build's packages).
    const line = /^export const BBOX = (\[[^\]]+\]);$/m.exec(fs.readFileSync(repoUrl("scripts/geodata/basemap.mjs"), "utf8"))![1]!;
    const { OFFLINE_BASEMAP_BBOX } = await import("../../src/map/style");
    expect([...OFFLINE_BASEMAP_BBOX]).toEqual(JSON.parse(line));
  });
});
