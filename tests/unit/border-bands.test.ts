import { booleanPointInPolygon } from "@turf/turf";
import type { Position } from "geojson";
import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { DEFAULT_BANDS_KM } from "../../src/core/bands/band-distances";
import { bandCollection, BorderBands } from "../../src/core/bands/border-bands";
import { PolylineDistance } from "../../src/core/distance/polyline-distance";
import { referenceDistance } from "../support/geodesic-reference";
import { line, measurer } from "../support/project-border";
import { seededRandom } from "../support/seeded-random";

const { Geodesic } = geographiclib;
const geod = Geodesic.WGS84;
// The project's exact WGS84 measurer (GeographicLib), tested against a brute-force reference in distance-to-border.test.ts.
const bands = new BorderBands(line);

/** The bar the issue sets is 1%; outline vertices are refined to the level set, so hold them to 0.01%. */
const RELATIVE_TOLERANCE = 1e-4;

function offset(from: Position, azi: number, distanceM: number): [number, number] {
  const r = geod.Direct(from[1]!, from[0]!, azi, distanceM, Geodesic.LATITUDE | Geodesic.LONGITUDE);
  return [r.lon2!, r.lat2!];
}

describe("buffer bands along the Durand Line", () => {
  it.each(DEFAULT_BANDS_KM)("puts the %s km band's outline at that distance from the line (seeded vertices, exact measurer)", (km) => {
    const started = performance.now();
    const band = bands.band(km);
    const ms = performance.now() - started;
    const vertices = band.geometry.coordinates.flat(2);
    const random = seededRandom(4100 + km);
    let worst = 0;
    for (let k = 0; k < 400; k++) {
      const [lon, lat] = vertices[Math.floor(random() * vertices.length)]!;
      const d = measurer.distance(lon!, lat!).distanceM;
      const error = Math.abs(d - km * 1000) / (km * 1000);
      worst = Math.max(worst, error);
      expect(error, `${lon}, ${lat}: ${d} m`).toBeLessThan(RELATIVE_TOLERANCE);
    }
    console.info(`${km} km band: ${vertices.length} vertices in ${(ms / 1000).toFixed(2)} s; worst relative error of 400 seeded vertices ${worst.toExponential(1)}`);
  });

  it.each([1, 25])("holds exactly the points nearer than %s km (turf point-in-polygon, seeded points on both sides)", (km) => {
    const band = bands.band(km);
    const random = seededRandom(5200 + km);
    let checked = 0;
    for (let k = 0; k < 300; k++) {
      const v = line[Math.floor(random() * line.length)]!;
      const p = offset(v, random() * 360, random() * 2 * km * 1000);
      const d = measurer.distance(p[0], p[1]).distanceM;
      // Straight edges between vertices cut arcs by < 0.05%, simplification moves them by ≤ 0.1%.
      if (Math.abs(d - km * 1000) < 0.003 * km * 1000) continue;
      expect(booleanPointInPolygon(p, band), `${p}: ${d} m`).toBe(d < km * 1000);
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it("draws a band around the whole line, including both tripoints", () => {
    const band = bands.band(5);
    for (const v of [line[0]!, line[line.length - 1]!, line[8000]!]) expect(booleanPointInPolygon(v, band)).toBe(true);
    expect(booleanPointInPolygon(offset(line[0]!, 0, 6_000), band)).toBe(false);
  });

  it("labels bands and places them on the colour ramp, farthest first", () => {
    const collection = bandCollection([bands.band(50), bands.band(12.5), bands.band(100)]);
    expect(collection.features.map((f) => f.properties)).toEqual([
      { distance_km: 100, label: "100 km", ramp: 1 },
      { distance_km: 50, label: "50 km", ramp: 0.5 },
      { distance_km: 12.5, label: "12.5 km", ramp: 0 },
    ]);
  });

  it("refuses a distance of zero or less", () => {
    expect(() => bands.band(0)).toThrow(/above 0 km/);
    expect(() => bands.band(Number.NaN)).toThrow(/above 0 km/);
  });
});

describe("PolylineDistance (the field the bands are traced on) against GeographicLib", () => {
  it("measures to a segment within 1e-5 of the geodesic distance out to 50 km, 3e-4 at 500 km (brute-force reference)", () => {
    const random = seededRandom(77);
    for (const [distanceM, tolerance] of [
      [5_000, 1e-5],
      [50_000, 1e-5],
      [500_000, 3e-4],
    ] as const) {
      for (let k = 0; k < 100; k++) {
        const a: Position = [61 + random() * 13, 29.5 + random() * 7];
        const segment = [a, offset(a, random() * 360, 500 + random() * 1_500)];
        const p = offset(a, random() * 360, distanceM);
        const exact = referenceDistance(segment, p[0], p[1]).distanceM;
        const ours = new PolylineDistance(segment).distanceM(p[0], p[1], 1e7);
        expect(Math.abs(ours - exact) / exact, `${distanceM} m`).toBeLessThan(tolerance);
      }
    }
  });

  it("returns the cap when the line is farther than it", () => {
    expect(new PolylineDistance([[66, 30], [66.01, 30]]).distanceM(67, 30, 10_000)).toBe(10_000);
  });
});
