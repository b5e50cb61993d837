import { clustersDbscan, distance as turfDistance, pointToLineDistance } from "@turf/turf";
import type { Feature, FeatureCollection, LineString, Point, Position } from "geojson";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BorderIndex } from "../../src/core/distance/border-index";
import { BorderDistanceMeasurer } from "../../src/core/distance/distance-to-border";
import { spaceTimeDbscan } from "../../src/core/events/space-time-dbscan";
import { referenceDistance } from "../support/geodesic-reference";
import { readRepoJson } from "../support/read-json";

const ROOT = "tests/fixtures/interop/turf";
const names = (dir: string) =>
  readdirSync(new URL(`../../${ROOT}/${dir}`, import.meta.url))
    .filter((f) => f.endsWith(".geojson"))
    .map((f) => f.replace(/\.geojson$/, ""));

/** Metres in one of turf's units (the ones these fixtures use). */
const METRES: Record<string, number> = { kilometers: 1000, miles: 1609.344, meters: 1 };

describe("point-to-line distance: turf's own cases", () => {
  type Case = FeatureCollection<Point | LineString> & { properties?: { units?: string } };
  const expected = readRepoJson<Record<string, number>>(`${ROOT}/turf-point-to-line-distance/out/distances.json`);
  const cases = names("turf-point-to-line-distance/in");

  it("has every case's answer in distances.json", () => {
    expect(cases).toHaveLength(20);
    expect(Object.keys(expected).sort()).toEqual([...cases].sort());
  });

  for (const name of cases) {
    const fixture = readRepoJson<Case>(`${ROOT}/turf-point-to-line-distance/in/${name}.geojson`);
    const units = fixture.properties?.units ?? "kilometers"; // turf's test: kilometres unless the case says
    const point = fixture.features[0] as Feature<Point>;
    const line = fixture.features[1] as Feature<LineString>;
    const [lon, lat] = point.geometry.coordinates as [number, number];

    it(`${name}: the exact WGS84 distance agrees with GeographicLib and with turf's sphere`, () => {
      // The project's measurer for any line: the border index built from this line (no countries, so no side).
      const measurer = new BorderDistanceMeasurer(new BorderIndex({ line: line.geometry.coordinates as Position[] }));
      const oursM = measurer.distance(lon, lat).distanceM;

      // 1. GeographicLib by brute force (every candidate segment, golden-section along its geodesic): 1 cm.
      const reference = referenceDistance(line.geometry.coordinates, lon, lat).distanceM;
      expect(Math.abs(oursM - reference)).toBeLessThan(0.01);

      // 2. turf (installed) still gives the answer its own test expects, in the case's units.
      const turfInUnits = pointToLineDistance(point, line, { units: units as "kilometers" });
      expect(turfInUnits).toBeCloseTo(expected[name]!, 9);

      // 3. Ours against turf's sphere (R = 6,371.0088 km). The ellipsoid's radii of curvature run from
      // 6,335.4 km (meridian at the equator, −0.56%) to 6,399.6 km (at the poles, +0.45%), so a distance
      // on WGS84 differs from the sphere's by under 0.6% of itself; 1 m more covers turf's own planar
      // steps on the short city cases.
      const turfM = expected[name]! * METRES[units]!;
      expect(Math.abs(oursM - turfM)).toBeLessThanOrEqual(0.006 * turfM + 1);
    });
  }

  it("segment1 and segment1a (a point 1° north and 1° south of a 2° stretch of the equator) are the same distance", () => {
    // Written from the files: the line is [0,0]–[2,0]; the points are [1,1] and [1,-1].
    const [a, b] = ["segment1", "segment1a"].map((name) => {
      const f = readRepoJson<Case>(`${ROOT}/turf-point-to-line-distance/in/${name}.geojson`);
      const line = (f.features[1] as Feature<LineString>).geometry.coordinates as Position[];
      const [lon, lat] = (f.features[0] as Feature<Point>).geometry.coordinates as [number, number];
      return new BorderDistanceMeasurer(new BorderIndex({ line })).distance(lon, lat).distanceM;
    });
    expect(Math.abs(a! - b!)).toBeLessThan(0.001);
    // One degree of meridian from the equator on WGS84 is 110,574.4 m (GeographicLib); turf's sphere says 111,195 m.
    expect(a).toBeGreaterThan(110_500);
    expect(a).toBeLessThan(110_600);
  });
});

describe("DBSCAN: turf's own clusters-dbscan cases", () => {
  type Case = FeatureCollection<Point> & { properties?: { distance?: number; minPoints?: number; units?: string } };
  type Out = FeatureCollection<Point, { cluster?: number; dbscan?: "core" | "edge" | "noise" }>;
  const cases = names("turf-clusters-dbscan/in");

  it("has an out file for each of the 6 cases", () => {
    expect(cases).toHaveLength(6);
    expect(names("turf-clusters-dbscan/out").sort()).toEqual([...cases].sort());
  });

  for (const name of cases) {
    it(`${name}: spaceTimeDbscan (sphere, time ignored) gives turf's clusters and noise, and DBSCAN's core points`, () => {
      const fixture = readRepoJson<Case>(`${ROOT}/turf-clusters-dbscan/in/${name}.geojson`);
      const out = readRepoJson<Out>(`${ROOT}/turf-clusters-dbscan/out/${name}.geojson`);
      // turf's test: distance 100 and minPoints 3 unless the case says, in kilometres unless it says.
      const { distance = 100, minPoints = 3, units = "kilometers" } = fixture.properties ?? {};
      const epsKm = (distance * METRES[units]!) / 1000;
      const lon = fixture.features.map((f) => f.geometry.coordinates[0]!);
      const lat = fixture.features.map((f) => f.geometry.coordinates[1]!);

      // The out file starts with the input's points in input order (then adds centroids and hulls): check that, then read them.
      const n = fixture.features.length;
      const outPoints = out.features.slice(0, n);
      expect(outPoints.map((f) => f.geometry.coordinates)).toEqual(fixture.features.map((f) => f.geometry.coordinates));
      const theirs = outPoints.map((f) => (f.properties.dbscan === "noise" ? -1 : f.properties.cluster!));
      const theirCore = outPoints.map((f) => (f.properties.dbscan === "core" ? 1 : 0));

      const ours = spaceTimeDbscan({ lon, lat }, { epsKm, epsHours: Infinity, minPoints, metric: "sphere" });
      // Same labels, not only the same partition: clusters are numbered as turf numbers them (first core point in
      // input order), and a border point reachable from two clusters goes to the first, as turf gives it.
      expect([...ours.cluster]).toEqual(theirs);
      // Core points by DBSCAN's definition (at least minPoints within eps, itself included; turf's distance), counted by brute force.
      const byDefinition = fixture.features.map((a) => (fixture.features.filter((b) => turfDistance(a, b, { units: "kilometers" }) <= epsKm).length >= minPoints ? 1 : 0));
      expect([...ours.core]).toEqual(byDefinition);
      // turf's own "core" is wider: it calls "edge" only a point first met alone, so a border point first reached while a cluster
      // grows is "core" to turf (many-points: 2 neighbours, "core"). Every core point is "core" to turf; every turf "edge" is no core.
      theirCore.forEach((c, i) => {
        if (ours.core[i] === 1) expect(c, `point ${i}`).toBe(1);
        if (outPoints[i]!.properties.dbscan === "edge") expect(ours.core[i], `point ${i}`).toBe(0);
      });
      expect(ours.clusters).toBe(new Set(theirs.filter((c) => c >= 0)).size);

      // And the installed turf agrees with its own fixture (so the comparison is with turf as it runs today).
      const now = clustersDbscan(fixture, distance, { units: units as "kilometers", minPoints });
      expect(now.features.map((f) => (f.properties.dbscan === "noise" ? -1 : f.properties.cluster))).toEqual(theirs);
    });
  }

  it("fiji: the same two clusters when the eastern points' longitudes are written west of the antimeridian", () => {
    // Written from the file: three points at 179.0–179.5° E and three at 180.76–181.19° as written (178.81–179.24° W),
    // each group within about 70 km, the groups some 130 km apart: two clusters of three at 100 km, no noise.
    // Most files write the second group as −178.8°: the clusters must not depend on it (turf's haversine does not).
    const fixture = readRepoJson<Case>(`${ROOT}/turf-clusters-dbscan/in/fiji.geojson`);
    const lat = fixture.features.map((f) => f.geometry.coordinates[1]!);
    const asWritten = fixture.features.map((f) => f.geometry.coordinates[0]!);
    const wrapped = asWritten.map((x) => (x > 180 ? x - 360 : x));
    expect(wrapped.filter((x) => x < 0)).toHaveLength(3);
    for (const lon of [asWritten, wrapped]) {
      const ours = spaceTimeDbscan({ lon, lat }, { epsKm: 100, epsHours: Infinity, minPoints: 3, metric: "sphere" });
      expect([...ours.cluster]).toEqual([0, 0, 0, 1, 1, 1]);
    }
  });
});
