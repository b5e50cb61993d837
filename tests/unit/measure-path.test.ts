import { distance as turfDistance } from "@turf/turf";
import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { measurePath, type LonLat } from "../../src/core/distance/measure-path";
import { seededRandom } from "../support/seeded-random";

const { Geodesic } = geographiclib;
const geod = Geodesic.WGS84;

/** GeographicLib's own Inverse, the reference for every length. */
function inverseM(a: readonly number[], b: readonly number[]): number {
  return geod.Inverse(a[1]!, a[0]!, b[1]!, b[0]!, Geodesic.DISTANCE).s12!;
}

/** Seeded paths of 2–6 points around the border, legs from metres to hundreds of km. */
function randomPaths(seed: number, count: number): LonLat[][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const n = 2 + Math.floor(random() * 5);
    const spread = [0.001, 0.05, 1, 5][Math.floor(random() * 4)]!;
    const start: LonLat = [60 + random() * 15, 29 + random() * 9];
    return Array.from({ length: n }, (_, i): LonLat => (i === 0 ? start : [start[0] + (random() - 0.5) * spread, start[1] + (random() - 0.5) * spread]));
  });
}

describe("measurePath", () => {
  const paths = randomPaths(20251014, 60);

  it("gives each leg GeographicLib's Inverse length, and the running total", () => {
    for (const points of paths) {
      const measured = measurePath(points);
      expect(measured.legs).toHaveLength(points.length - 1);
      let total = 0;
      measured.legs.forEach((leg, i) => {
        const reference = inverseM(points[i]!, points[i + 1]!);
        total += reference;
        expect(Math.abs(leg.lengthM - reference)).toBeLessThan(1e-6);
        expect(Math.abs(leg.cumulativeM - total)).toBeLessThan(1e-6);
      });
      expect(Math.abs(measured.totalM - total)).toBeLessThan(1e-6);
    }
  });

  it("agrees with turf.distance (a sphere) within 0.5%", () => {
    for (const points of paths) {
      for (const leg of measurePath(points).legs) {
        const sphereM = turfDistance(leg.path[0]!, leg.path.at(-1)!, { units: "kilometers" }) * 1000;
        if (leg.lengthM > 1) expect(Math.abs(leg.lengthM - sphereM) / leg.lengthM).toBeLessThan(0.005);
      }
    }
  });

  it("draws each leg along its geodesic: every drawn point splits the length exactly, gaps at most the step", () => {
    const points: LonLat[] = [[66.45, 30.99], [71.58, 34.01], [69.18, 34.53]]; // Spin Boldak, Peshawar, Kabul
    const maxStepM = 5_000;
    for (const leg of measurePath(points, { maxStepM }).legs) {
      const [a, b] = [leg.path[0]!, leg.path.at(-1)!];
      for (const p of leg.path) expect(inverseM(a, p) + inverseM(p, b) - leg.lengthM).toBeLessThan(0.001);
      for (let k = 1; k < leg.path.length; k++) expect(inverseM(leg.path[k - 1]!, leg.path[k]!)).toBeLessThanOrEqual(maxStepM + 1e-6);
      expect(Math.abs(inverseM(a, leg.midpoint) - leg.lengthM / 2)).toBeLessThan(0.001);
    }
    // The first and last drawn points are the clicked ones.
    const legs = measurePath(points).legs;
    expect(legs[0]!.path[0]).toEqual(points[0]);
    expect(legs[1]!.path.at(-1)![0]).toBeCloseTo(points[2]![0], 9);
    expect(legs[1]!.path.at(-1)![1]).toBeCloseTo(points[2]![1], 9);
  });

  it("keeps longitudes continuous across ±180° so the line does not cross the world", () => {
    const legs = measurePath([[179.5, 10], [-179.5, 11], [-178, 12]]).legs;
    const lons = legs.flatMap((l) => l.path.map((p) => p[0]));
    for (let k = 1; k < lons.length; k++) expect(Math.abs(lons[k]! - lons[k - 1]!)).toBeLessThan(0.1);
    expect(lons.at(-1)).toBeCloseTo(182, 9);
    expect(legs[0]!.lengthM).toBeCloseTo(inverseM([179.5, 10], [-179.5, 11]), 6);
  });

  it("caps the points drawn per leg, and handles no points, one point and a repeated point", () => {
    const long = measurePath([[60, 30], [120, 10]], { maxStepM: 100, maxPointsPerLeg: 64 });
    expect(long.legs[0]!.path).toHaveLength(64);
    expect(measurePath([])).toEqual({ points: [], legs: [], totalM: 0 });
    expect(measurePath([[70, 34]]).totalM).toBe(0);
    const repeated = measurePath([[70, 34], [70, 34]]);
    expect(repeated.totalM).toBe(0);
    expect(repeated.legs[0]!.path).toHaveLength(2);
  });
});
