import { clustersDbscan, distance, featureCollection, point } from "@turf/turf";
import geographiclib from "geographiclib-geodesic";
import { describe, expect, it } from "vitest";
import { spaceTimeDbscan, type DbscanParams } from "../../src/core/events/space-time-dbscan";
import { seededRandom } from "../support/seeded-random";

const geod = geographiclib.Geodesic.WGS84;

/** Seeded points: some in tight groups around random centres, the rest scattered (lon 60–75, lat 25–38). */
function seededPoints(n: number, seed: number, groups: number, spreadDeg: number): { lon: number[]; lat: number[] } {
  const random = seededRandom(seed);
  const centres = Array.from({ length: groups }, () => [60 + random() * 15, 25 + random() * 13] as const);
  const lon: number[] = [];
  const lat: number[] = [];
  for (let i = 0; i < n; i++) {
    if (random() < 0.7) {
      const [x, y] = centres[Math.floor(random() * groups)]!;
      lon.push(x + (random() - 0.5) * spreadDeg);
      lat.push(y + (random() - 0.5) * spreadDeg);
    } else {
      lon.push(60 + random() * 15);
      lat.push(25 + random() * 13);
    }
  }
  return { lon, lat };
}

function turfLabels(lon: number[], lat: number[], epsKm: number, minPoints: number): number[] {
  const result = clustersDbscan(featureCollection(lon.map((x, i) => point([x, lat[i]!]))), epsKm, { units: "kilometers", minPoints });
  return result.features.map((f) => (f.properties.dbscan === "noise" ? -1 : (f.properties.cluster as number)));
}

/** Plain DBSCAN by its definition, every pair compared (GeographicLib, hours apart): the reference for the geodesic metric and time. */
function referenceLabels(lon: number[], lat: number[], start: number[], end: number[], p: DbscanParams): number[] {
  const n = lon.length;
  const near = (a: number, b: number) =>
    Math.max(0, start[b]! - end[a]!, start[a]! - end[b]!) <= p.epsHours && geod.Inverse(lat[a]!, lon[a]!, lat[b]!, lon[b]!).s12! <= p.epsKm * 1000;
  const neighbours = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => b).filter((b) => near(a, b)));
  const label = new Array<number>(n).fill(-1);
  const visited = new Array<boolean>(n).fill(false);
  let clusters = 0;
  for (let i = 0; i < n; i++) {
    if (visited[i]) continue;
    visited[i] = true;
    if (neighbours[i]!.length < p.minPoints) continue;
    const c = clusters++;
    label[i] = c;
    const queue = [i];
    while (queue.length > 0) {
      for (const q of neighbours[queue.shift()!]!) {
        if (label[q] === -1) label[q] = c;
        if (!visited[q]) {
          visited[q] = true;
          if (neighbours[q]!.length >= p.minPoints) queue.push(q);
        }
      }
    }
  }
  return label;
}

describe("space-time DBSCAN against turf.clustersDbscan (time ignored, turf's sphere)", () => {
  const cases: [string, number, number, number, number, number, number][] = [
    // name, points, seed, groups, their spread (degrees), eps km, min points
    ["grouped, eps 10 km, min 3", 2_000, 1, 25, 0.6, 10, 3],
    ["grouped, eps 25 km, min 5", 2_000, 2, 40, 0.6, 25, 5],
    ["scattered, eps 40 km, min 2", 1_500, 3, 5, 0.6, 40, 2],
    ["grouped, eps 5 km, min 1 (every report an event)", 1_500, 4, 60, 0.6, 5, 1],
    ["dense, eps 3 km, min 8", 2_500, 5, 10, 0.15, 3, 8],
  ];
  for (const [name, n, seed, groups, spread, epsKm, minPoints] of cases) {
    it(`gives turf's labels: ${name}`, () => {
      const { lon, lat } = seededPoints(n, seed, groups, spread);
      const ours = spaceTimeDbscan({ lon, lat }, { epsKm, epsHours: Infinity, minPoints, metric: "sphere" });
      const theirs = turfLabels(lon, lat, epsKm, minPoints);
      expect(new Set(theirs).size).toBeGreaterThan(3); // the case has clusters and noise to get wrong
      expect([...ours.cluster]).toEqual(theirs);
    });
  }

  it("gives a border point between two clusters to the first that reaches it, as turf does", () => {
    // Along a meridian (km north of 31° N on turf's sphere): a group at 0 km, one at 10 km, and
    // between them, 5 km from each group's nearest point, a point with too few neighbours to be core.
    const km = [0, -0.1, -0.2, -0.3, 5, 10, 10.1, 10.2, 10.3];
    for (const order of [km, [...km].reverse()]) {
      const lat = order.map((k) => 31 + k / 111.19508);
      const lon = order.map(() => 66.4);
      const ours = spaceTimeDbscan({ lon, lat }, { epsKm: 5.05, epsHours: Infinity, minPoints: 4, metric: "sphere" });
      const theirs = turfLabels(lon, lat, 5.05, 4);
      expect(theirs[order.indexOf(5)]).toBe(0); // the first cluster took it
      expect([...ours.cluster]).toEqual(theirs);
      expect(ours.core[order.indexOf(5)]).toBe(0);
    }
  });

});

describe("space-time DBSCAN against DBSCAN by definition (WGS84 geodesics, hours)", () => {
  it("matches on seeded reports spread over days, weeks and months", () => {
    const random = seededRandom(7);
    const { lon, lat } = seededPoints(400, 7, 12, 0.4);
    const start: number[] = [];
    const end: number[] = [];
    for (let i = 0; i < lon.length; i++) {
      const day = Math.floor(random() * 60);
      const span = [1, 1, 1, 7, 30][Math.floor(random() * 5)]!;
      start.push(day * 24);
      end.push((day + span) * 24);
    }
    for (const params of [
      { epsKm: 15, epsHours: 48, minPoints: 1 },
      { epsKm: 20, epsHours: 24, minPoints: 3 },
      { epsKm: 8, epsHours: 0, minPoints: 2 },
      { epsKm: 150, epsHours: 24, minPoints: 6 },
    ]) {
      const ours = spaceTimeDbscan({ lon, lat, startHour: start, endHour: end }, params);
      const expected = referenceLabels(lon, lat, start, end, params);
      expect(new Set(expected).size, JSON.stringify(params)).toBeGreaterThan(3);
      expect([...ours.cluster], JSON.stringify(params)).toEqual(expected);
    }
  });

  it("decides pairs at the edge by the ellipsoid, not the sphere", () => {
    // Two points 10.000 km apart on WGS84 along a meridian at 31° N: the sphere says about 0.3% more.
    const a = [66.4, 31.0];
    const b = geod.Direct(a[1]!, a[0]!, 0, 10_000);
    const lon = [a[0]!, b.lon2!];
    const lat = [a[1]!, b.lat2!];
    expect(distance([lon[0]!, lat[0]!], [lon[1]!, lat[1]!], { units: "kilometers" })).toBeGreaterThan(10.02);
    const just = spaceTimeDbscan({ lon, lat }, { epsKm: 10.001, epsHours: Infinity, minPoints: 2 });
    const short = spaceTimeDbscan({ lon, lat }, { epsKm: 9.999, epsHours: Infinity, minPoints: 2 });
    expect([...just.cluster]).toEqual([0, 0]);
    expect([...short.cluster]).toEqual([-1, -1]);
  });
});

describe("time", () => {
  const day = (d: number) => [d * 24, (d + 1) * 24] as const;
  const at = (spans: (readonly [number, number])[], epsHours: number) =>
    [
      ...spaceTimeDbscan(
        { lon: spans.map(() => 66.4), lat: spans.map(() => 31), startHour: spans.map((s) => s[0]), endHour: spans.map((s) => s[1]) },
        { epsKm: 1, epsHours, minPoints: 1 },
      ).cluster,
    ];

  it("joins reports at one place whose days come within eps hours, and no others", () => {
    expect(at([day(10), day(12)], 48)).toEqual([0, 0]); // 24 hours between the end of one day and the start of the other
    expect(at([day(10), day(13)], 48)).toEqual([0, 0]); // 48 hours: within
    expect(at([day(10), day(14)], 48)).toEqual([0, 1]); // 72 hours
    expect(at([day(10), day(11)], 0)).toEqual([0, 0]); // neighbouring days can be minutes apart
  });

  it("matches a report known only to the week with any day of that week", () => {
    const week = [7 * 24, 14 * 24] as const; // days 7–13
    expect(at([week, day(7)], 0)).toEqual([0, 0]);
    expect(at([week, day(13)], 0)).toEqual([0, 0]);
    expect(at([week, day(20)], 0)).toEqual([0, 1]);
  });

  it("chains: a report joins an event through another one", () => {
    expect(at([day(10), day(20), day(15), day(18), day(12)], 48)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("input it cannot use", () => {
  it("leaves points without coordinates or times as noise and clusters the rest", () => {
    const labels = spaceTimeDbscan(
      { lon: [66.4, Number.NaN, 66.41, 66.4], lat: [31, 31, 31, 31], startHour: [0, 0, 0, Number.NaN], endHour: [24, 24, 24, 24] },
      { epsKm: 5, epsHours: 24, minPoints: 1 },
    );
    expect([...labels.cluster]).toEqual([0, -1, 0, -1]);
  });

  it("needs times when eps_hours is finite", () => {
    expect(() => spaceTimeDbscan({ lon: [66], lat: [31] }, { epsKm: 5, epsHours: 24, minPoints: 1 })).toThrow(/start and end hours/);
  });

  it("handles no points at all", () => {
    expect(spaceTimeDbscan({ lon: [], lat: [] }, { epsKm: 5, epsHours: Infinity, minPoints: 1 }).clusters).toBe(0);
  });
});
