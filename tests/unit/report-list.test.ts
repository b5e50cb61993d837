import { describe, expect, it } from "vitest";
import { casualtiesHigh } from "../../src/core/reports/format-report";
import { countInView, inBounds, listKeys, listRows, sortRows, type Bounds, type ListRow } from "../../src/core/view/report-list";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";
import { line } from "../support/project-border";
import { seededRandom } from "../support/seeded-random";

const random = seededRandom(21);
const features = syntheticReports(500, { anchors: line, seed: 21 }).features;
const rows: ListRow[] = features.map((f) => ({
  p: f.properties,
  lon: f.geometry.coordinates[0]!,
  lat: f.geometry.coordinates[1]!,
  distanceM: random() < 0.8 ? random() * 50_000 : undefined,
}));

describe("the report list", () => {
  it("sorts by date, newest first or oldest first, ties in input order", () => {
    const newest = sortRows(rows, "date", true);
    for (let i = 1; i < newest.length; i++) {
      expect(newest[i - 1]!.p.event_date >= newest[i]!.p.event_date).toBe(true);
      if (newest[i - 1]!.p.event_date === newest[i]!.p.event_date) expect(rows.indexOf(newest[i - 1]!)).toBeLessThan(rows.indexOf(newest[i]!));
    }
    expect(sortRows(rows, "date", false)[0]!.p.event_date).toBe(newest.at(-1)!.p.event_date);
  });

  it("sorts by casualties and by distance, unmeasured distances last either way", () => {
    const most = sortRows(rows, "casualties", true).map((r) => casualtiesHigh(r.p));
    expect(most).toEqual([...most].sort((a, b) => b - a));
    for (const descending of [false, true]) {
      const byDistance = sortRows(rows, "distance", descending);
      const measured = byDistance.filter((r) => r.distanceM !== undefined).map((r) => r.distanceM!);
      expect(byDistance.slice(0, measured.length).every((r) => r.distanceM !== undefined)).toBe(true);
      expect(measured).toEqual([...measured].sort((a, b) => (descending ? b - a : a - b)));
    }
  });

  it("sorts by the nearest possible end of each report's range: the measured distance less its accuracy, never below 0", () => {
    // Accuracies as the seed data has them (a town, near a town, a district), so that the two distance orders differ.
    const mixed = rows.map((r, i) => ({ ...r, p: { ...r.p, accuracy_m: [2_000, 10_000, 30_000][i % 3]! } }));
    const nearestEnd = (r: ListRow) => Math.max(0, r.distanceM! - r.p.accuracy_m);
    const measuredCount = mixed.filter((r) => r.distanceM !== undefined).length;
    for (const descending of [false, true]) {
      const sorted = sortRows(mixed, "nearest", descending);
      expect(sorted.slice(measuredCount).every((r) => r.distanceM === undefined)).toBe(true);
      // A brute-force sort on the same key, ties in input order.
      const expected = mixed
        .filter((r) => r.distanceM !== undefined)
        .map((r, i) => ({ r, i, key: nearestEnd(r) }))
        .sort((a, b) => (descending ? b.key - a.key : a.key - b.key) || a.i - b.i)
        .map((x) => x.r);
      expect(sorted.slice(0, measuredCount)).toEqual(expected);
    }
    expect(sortRows(mixed, "nearest", false).map((r) => r.p.id)).not.toEqual(sortRows(mixed, "distance", false).map((r) => r.p.id));
  });

  it("with a limit, gives the first rows of the full order, ties included, without sorting the rest", () => {
    for (const by of ["date", "casualties", "distance", "nearest"] as const) {
      for (const descending of [false, true]) {
        const full = sortRows(rows, by, descending);
        for (const limit of [0, 1, 7, 200, rows.length - 1, rows.length, rows.length + 5]) {
          expect(sortRows(rows, by, descending, limit)).toEqual(full.slice(0, limit));
        }
      }
    }
  });

  it("keeps the rows in the map's view, across the antimeridian too", () => {
    expect(inBounds({ lon: 66, lat: 31 }, [65, 30, 67, 32])).toBe(true);
    expect(inBounds({ lon: 68, lat: 31 }, [65, 30, 67, 32])).toBe(false);
    expect(inBounds({ lon: 179.5, lat: 0 }, [179, -1, -179, 1])).toBe(true);
    expect(inBounds({ lon: -179.5, lat: 0 }, [179, -1, -179, 1])).toBe(true);
    expect(inBounds({ lon: 0, lat: 0 }, [179, -1, -179, 1])).toBe(false);
  });

  it("lists straight from the reports what sortRows gives for the rows the mask keeps in view, for seeded masks and views", () => {
    const distancesM = Float64Array.from(rows, (r) => r.distanceM ?? Number.NaN);
    for (let k = 0; k < 12; k++) {
      const mask = Uint8Array.from(rows, () => (random() < 0.6 ? 1 : 0));
      const [w, s] = [60 + random() * 8, 25 + random() * 8];
      const bounds: Bounds | null = k % 4 === 0 ? null : [w, s, w + 2 + random() * 6, s + 2 + random() * 6];
      const expectedIn = rows.filter((r, i) => mask[i] === 1 && (!bounds || inBounds(r, bounds)));
      for (const by of ["date", "casualties", "distance", "nearest"] as const) {
        const descending = random() < 0.5;
        const limit = [0, 5, 200, 1_000][k % 4]!;
        const listed = listRows(features, mask, distancesM, bounds, listKeys(features, distancesM, by, descending), limit);
        expect(countInView(features, mask, bounds)).toBe(expectedIn.length);
        expect(listed).toEqual(sortRows(expectedIn, by, descending, limit));
      }
    }
  });
});
