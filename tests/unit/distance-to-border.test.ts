import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, Polygon, Position } from "geojson";
import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { distanceRange } from "../../src/core/distance/border-uncertainty";
import { referenceDistance } from "../support/geodesic-reference";
import { countries, line, measurer, places } from "../support/project-border";
import { seededRandom } from "../support/seeded-random";

const { Geodesic } = geographiclib;
const geod = Geodesic.WGS84;

/** The bar the issue sets is 1 m; the search stops within 0.1 mm, so hold it to 1 mm. */
const TOLERANCE_M = 0.001;

function segmentLength(i: number): number {
  const [a, b] = [line[i]!, line[i + 1]!];
  return geod.Inverse(a[1]!, a[0]!, b[1]!, b[0]!).s12!;
}

/** A point `distanceM` from `from` on azimuth `azi` (GeographicLib Direct). */
function offset(from: Position, azi: number, distanceM: number): [number, number] {
  const r = geod.Direct(from[1]!, from[0]!, azi, distanceM, Geodesic.LATITUDE | Geodesic.LONGITUDE);
  return [r.lon2!, r.lat2!];
}

function expectMatchesReference(points: [number, number][]) {
  let worst = 0;
  for (const [lon, lat] of points) {
    const ours = measurer.distance(lon, lat);
    const ref = referenceDistance(line, lon, lat);
    const error = Math.abs(ours.distanceM - ref.distanceM);
    worst = Math.max(worst, error);
    expect(error, `${lon}, ${lat}: ours ${ours.distanceM}, reference ${ref.distanceM}`).toBeLessThan(TOLERANCE_M);
    // The nearest point itself is where the distance is flat: compare it loosely.
    expect(Math.abs(ours.alongKm - ref.alongM / 1000), `${lon}, ${lat}: along`).toBeLessThan(0.05);
  }
  return worst;
}

describe("distance to the Durand Line against GeographicLib (seeded points)", () => {
  const random = seededRandom(2640);

  it("is exact near the line (within 5 km of random vertices)", () => {
    const points = Array.from({ length: 80 }, () => {
      const v = line[Math.floor(random() * line.length)]!;
      return offset(v, random() * 360, random() * 5_000);
    });
    expectMatchesReference(points);
  }, 60_000);

  it("is exact far from it (anywhere within about 1,000 km)", () => {
    const points: [number, number][] = [];
    while (points.length < 120) {
      const p: [number, number] = [56 + random() * 26, 21 + random() * 23];
      if (referenceDistance(line, p[0], p[1]).distanceM <= 1_000_000) points.push(p);
    }
    expectMatchesReference(points);
  }, 120_000);

  it("is exact at and around the two tripoints", () => {
    const ends = [line[0]!, line[line.length - 1]!];
    const points = ends.flatMap((end) => [
      [end[0]!, end[1]!] as [number, number],
      ...[1, 100, 10_000, 200_000].map((d) => offset(end, random() * 360, d)),
    ]);
    expectMatchesReference(points);
    expect(measurer.distance(line[0]![0]!, line[0]![1]!).alongKm).toBe(0);
  });

  it("is exact within a few centimetres to 100 m of the line, beside vertices and mid-segment", () => {
    const points = Array.from({ length: 60 }, (_, k) => {
      const i = Math.floor(random() * (line.length - 1));
      const [a, b] = [line[i]!, line[i + 1]!];
      const along = k % 2 === 0 ? 0 : random() * geod.Inverse(a[1]!, a[0]!, b[1]!, b[0]!).s12!;
      const on = geod.InverseLine(a[1]!, a[0]!, b[1]!, b[0]!).Position(along);
      return offset([on.lon2!, on.lat2!], random() * 360, 10 ** (-2 + random() * 4));
    });
    expectMatchesReference(points);
  }, 60_000);

  it("reads longitudes past ±180° as the same place", () => {
    const [lon, lat] = [69.17233, 34.52813];
    const here = measurer.distance(lon, lat);
    for (const shifted of [lon + 360, lon - 720]) {
      const there = measurer.distance(shifted, lat);
      expect(there.side).toBe(here.side);
      expect(Math.abs(there.distanceM - here.distanceM)).toBeLessThan(1e-6);
    }
  });

  it("is zero on vertices and on the geodesic between them", () => {
    for (let k = 0; k < 20; k++) {
      const i = Math.floor(random() * (line.length - 1));
      const [a, b] = [line[i]!, line[i + 1]!];
      expect(measurer.distance(a[0]!, a[1]!).distanceM).toBeLessThan(1e-6);
      const mid = geod.InverseLine(a[1]!, a[0]!, b[1]!, b[0]!).Position(random() * geod.Inverse(a[1]!, a[0]!, b[1]!, b[0]!).s12!);
      expect(measurer.distance(mid.lon2!, mid.lat2!).distanceM).toBeLessThan(TOLERANCE_M);
    }
  });

  it("measures along the line from the Iran tripoint, to its full geodesic length at the China end", () => {
    const end = line[line.length - 1]!;
    let total = 0;
    for (let i = 0; i + 1 < line.length; i++) {
      total += geod.Inverse(line[i]![1]!, line[i]![0]!, line[i + 1]![1]!, line[i + 1]![0]!, Geodesic.DISTANCE).s12!;
    }
    expect(measurer.distance(end[0]!, end[1]!).alongKm).toBeCloseTo(total / 1000, 6);
  });
});

describe("distances: many points at once", () => {
  it("is exact on clusters of close points, where each point's search starts from its neighbour's answer", () => {
    // Clusters 1–40 km from the line (steps inside them under a tenth of the distance, so
    // the batch starts each search from the previous point's segment) and 150–600 km away.
    const random = seededRandom(4410);
    const points: [number, number][] = [];
    for (let c = 0; c < 6; c++) {
      const v = line[Math.floor(random() * line.length)]!;
      const away = c < 3 ? 1_000 + random() * 39_000 : 150_000 + random() * 450_000;
      const centre = offset(v, random() * 360, away);
      for (let k = 0; k < 8; k++) points.push(offset(centre, random() * 360, random() * away * 0.02));
    }
    const many = measurer.distances(
      points.map((p) => p[0]),
      points.map((p) => p[1]),
    );
    points.forEach(([lon, lat], i) => {
      const ref = referenceDistance(line, lon, lat);
      expect(Math.abs(many.distanceM[i]! - ref.distanceM), `${lon}, ${lat}`).toBeLessThan(TOLERANCE_M);
    });
  }, 120_000);

  it("gives what distance gives, point by point, and NaN for a point without coordinates", () => {
    const random = seededRandom(31);
    const lons = Array.from({ length: 300 }, () => 58 + random() * 20);
    const lats = Array.from({ length: 300 }, () => 24 + random() * 16);
    lons[7] = Number.NaN;
    const many = measurer.distances(lons, lats);
    lons.forEach((lon, i) => {
      if (i === 7) {
        expect(many.distanceM[i]).toBeNaN();
        return;
      }
      const one = measurer.distance(lon, lats[i]!);
      expect([many.distanceM[i], many.nearestLon[i], many.nearestLat[i], many.alongKm[i], measurer.sideName(many.side[i]!)]).toEqual([
        one.distanceM,
        one.nearestLon,
        one.nearestLat,
        one.alongKm,
        one.side,
      ]);
    });
  });
});

describe("side of the border against turf.booleanPointInPolygon on the OSM outlines", () => {
  const af = countries.features.find((f) => f.properties.iso_a2 === "AF") as Feature<Polygon>;
  const pk = countries.features.find((f) => f.properties.iso_a2 === "PK") as Feature<Polygon>;
  const expected = (p: [number, number]) => (booleanPointInPolygon(p, af) ? "AF" : booleanPointInPolygon(p, pk) ? "PK" : null);

  it("agrees on seeded random points across the region, in both countries and outside them", () => {
    const random = seededRandom(1893);
    const seen = new Map<string | null, number>();
    for (let k = 0; k < 3_000; k++) {
      const p: [number, number] = [58 + random() * 21, 23 + random() * 17];
      const side = measurer.distance(p[0], p[1]).side;
      expect(side, `${p}`).toBe(expected(p));
      seen.set(side, (seen.get(side) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual(["AF", "PK", null].sort());
  });

  it("agrees within 2 km of the line, where the sign against the nearest segment decides", () => {
    const random = seededRandom(1947);
    for (let k = 0; k < 1_000; k++) {
      const v = line[Math.floor(random() * line.length)]!;
      const p = offset(v, random() * 360, 1 + random() * 2_000);
      expect(measurer.distance(p[0], p[1]).side, `${p}`).toBe(expected(p));
    }
  });

  it("agrees within 100 m of the line's longest segments, where the geodesic and the outline's edge part ways", () => {
    const random = seededRandom(1901);
    const longest = [...line.keys()].slice(0, -1).sort((i, j) => segmentLength(j) - segmentLength(i)).slice(0, 10);
    for (let k = 0; k < 600; k++) {
      const i = longest[k % longest.length]!;
      const [a, b] = [line[i]!, line[i + 1]!];
      const on = geod.InverseLine(a[1]!, a[0]!, b[1]!, b[0]!).Position(random() * segmentLength(i));
      const p = offset([on.lon2!, on.lat2!], random() * 360, 0.1 + random() * 100);
      expect(measurer.distance(p[0], p[1]).side, `${p}`).toBe(expected(p));
    }
  });

  it("puts Spin Boldak in Afghanistan and Chaman in Pakistan", () => {
    const at = (id: string) => places.features.find((p) => p.properties.id === id)!.geometry.coordinates;
    expect(measurer.distance(at("spin-boldak")[0]!, at("spin-boldak")[1]!).side).toBe("AF");
    expect(measurer.distance(at("chaman")[0]!, at("chaman")[1]!).side).toBe("PK");
  });
});

describe("distanceRange", () => {
  it("widens the distance by the location's accuracy, never below zero", () => {
    expect(distanceRange({ distanceM: 12_000 }, 2_000)).toEqual({ minM: 10_000, maxM: 14_000, sideUncertain: false });
    expect(distanceRange({ distanceM: 2_500 }, 3_000)).toEqual({ minM: 0, maxM: 5_500, sideUncertain: true });
    expect(distanceRange({ distanceM: 3_000 }, 3_000).sideUncertain).toBe(false);
  });
});
