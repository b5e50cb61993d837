import { describe, expect, it } from "vitest";
import { geodesicDistanceM } from "../../src/core/distance/geodesic";
import { measurePath } from "../../src/core/distance/measure-path";
import { readRepoText } from "../support/read-json";

/**
 * C. F. F. Karney's GeodTest (100 rows of GeodTest-short.dat, as georust/geographiclib-rs ships them):
 * each row is lat1 lon1 azi1 lat2 lon2 azi2 s12 a12 m12 S12 on WGS84, s12 in metres, worked out
 * by Karney to far better than a micrometre. The project's distances come from GeographicLib's
 * JavaScript port, accurate to about 15 nm: 1 mm is a bound with five orders of magnitude to spare,
 * so it catches a wrong ellipsoid, swapped latitude and longitude, or a spherical shortcut (which
 * are off by kilometres), not rounding.
 */
const rows = readRepoText("tests/fixtures/interop/geographiclib/GeodTest-100.dat")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => line.trim().split(/\s+/).map(Number));

const TOLERANCE_M = 1e-3;

describe("GeographicLib's GeodTest: the project's geodesic distances", () => {
  it("reads the 100 rows of ten numbers", () => {
    expect(rows).toHaveLength(100);
    for (const row of rows) {
      expect(row).toHaveLength(10);
      expect(row.every(Number.isFinite)).toBe(true);
    }
    // The set reaches from a few metres to nearly half the Earth's circumference, where a careless inverse fails.
    const s12 = rows.map((r) => r[6]!);
    expect(Math.max(...s12)).toBeGreaterThan(19_900_000);
  });

  it("geodesicDistanceM from (lat1, lon1) to (lat2, lon2) is s12 within 1 mm", () => {
    for (const [lat1, lon1, , lat2, lon2, , s12] of rows) {
      expect(Math.abs(geodesicDistanceM([lon1!, lat1!], [lon2!, lat2!]) - s12!), `row ${lat1} ${lon1} → ${lat2} ${lon2}`).toBeLessThan(TOLERANCE_M);
    }
  });

  it("the measure tool's two-point path is s12 long within 1 mm, its one leg too", () => {
    for (const [lat1, lon1, , lat2, lon2, , s12] of rows) {
      const path = measurePath([
        [lon1!, lat1!],
        [lon2!, lat2!],
      ]);
      expect(path.legs).toHaveLength(1);
      expect(Math.abs(path.totalM - s12!), `row ${lat1} ${lon1} → ${lat2} ${lon2}`).toBeLessThan(TOLERANCE_M);
      expect(Math.abs(path.legs[0]!.lengthM - s12!)).toBeLessThan(TOLERANCE_M);
    }
  });

  it("is the same the other way round (lat2, lon2 to lat1, lon1)", () => {
    for (const [lat1, lon1, , lat2, lon2, , s12] of rows) {
      expect(Math.abs(geodesicDistanceM([lon2!, lat2!], [lon1!, lat1!]) - s12!)).toBeLessThan(TOLERANCE_M);
    }
  });
});
