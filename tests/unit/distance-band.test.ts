import { describe, expect, it } from "vitest";
import { inDistanceBand, DISTANCE_MODES, type DistanceMode } from "../../src/core/view/distance-band";
import { filterCounts, NO_FILTER, reportMatches, type ReportFilter } from "../../src/core/view/report-filter";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";
import { line } from "../support/project-border";
import { seededRandom } from "../support/seeded-random";

/**
 * Brute force, without the range's formula: a place measured at d metres from
 * the line and known to within r may truly lie anywhere from s = −r to +r
 * metres further along the line's normal, |d + s| from it (crossing the line
 * at s = −d). Every whole metre s is tried (d, r and the band's ends are whole
 * metres, so the extremes are met exactly).
 */
function bruteForce(dM: number, rM: number, fromKm: number | null, toKm: number | null): Record<DistanceMode, boolean> {
  const inside = (t: number) => (fromKm === null || t >= fromKm * 1000) && (toKm === null || t <= toKm * 1000);
  let any = false;
  let all = true;
  for (let s = -rM; s <= rM; s++) {
    const t = Math.abs(dM + s);
    if (inside(t)) any = true;
    else all = false;
  }
  const empty = fromKm !== null && toKm !== null && fromKm > toKm;
  return { possibly: any && !empty, certainly: all && !empty };
}

describe("certainly and possibly within a band, against a brute-force count", () => {
  it("Wardag village, 6.4 km from the line and known to ±30 km, is possibly within 5 km but not certainly", () => {
    expect(inDistanceBand(6_386, 30_000, null, 5, "possibly")).toBe(true);
    expect(inDistanceBand(6_386, 30_000, null, 5, "certainly")).toBe(false);
    // The best estimate alone (what the filter read before) would have dropped it.
    expect(6_386 <= 5_000).toBe(false);
  });

  it("agrees report by report with trying every possible true distance, on 400 seeded reports and bands", () => {
    const random = seededRandom(81);
    const counts = { possibly: 0, certainly: 0 };
    for (let k = 0; k < 400; k++) {
      const d = Math.floor(random() * 60_000);
      const r = [0, 2_000, 10_000, 30_000, Math.floor(random() * 20_000)][Math.floor(random() * 5)]!;
      const fromKm = random() < 0.5 ? null : Math.floor(random() * 40);
      const toKm = random() < 0.3 ? null : Math.floor(random() * 60);
      const expected = bruteForce(d, r, fromKm, toKm);
      for (const mode of DISTANCE_MODES) {
        expect(inDistanceBand(d, r, fromKm, toKm, mode), `${d} m ± ${r}, ${fromKm}–${toKm} km, ${mode}`).toBe(expected[mode]);
        if (expected[mode]) counts[mode]++;
      }
      // What is certainly inside is possibly inside.
      if (expected.certainly) expect(expected.possibly).toBe(true);
    }
    // Not vacuous: both modes keep some and the two differ.
    expect(counts.certainly).toBeGreaterThan(20);
    expect(counts.possibly).toBeGreaterThan(counts.certainly + 20);
  });

  it("filterCounts counts both modes as the brute force does, whichever mode the filter is in", () => {
    const random = seededRandom(82);
    const reports = syntheticReports(600, { anchors: line, seed: 83 }).features.map((f, i) => ({
      ...f.properties,
      // Every accuracy the seed data uses, and some others.
      accuracy_m: [2_000, 10_000, 30_000, 500 * (i % 40)][i % 4]!,
    }));
    const distances = reports.map(() => (random() < 0.1 ? undefined : Math.floor(random() * 50_000)));
    const factsOf = (_: unknown, i: number) => ({ distanceM: distances[i] });
    for (const [fromKm, toKm] of [[null, 5], [null, 10], [3, 20], [10, null], [0, 0]] as [number | null, number | null][]) {
      const expected = { possibly: 0, certainly: 0 };
      reports.forEach((p, i) => {
        const d = distances[i];
        if (d === undefined) return;
        const b = bruteForce(d, p.accuracy_m, fromKm, toKm);
        if (b.possibly) expected.possibly++;
        if (b.certainly) expected.certainly++;
      });
      for (const mode of DISTANCE_MODES) {
        const f: ReportFilter = { ...NO_FILTER, distanceFromKm: fromKm, distanceToKm: toKm, distanceMode: mode };
        const counts = filterCounts(f, reports, factsOf);
        expect(counts.byDistanceMode, `${fromKm}–${toKm} km, ${mode}`).toEqual(expected);
        expect(counts.byFilter.distanceFromKm).toBe(expected[mode]);
        expect(counts.kept).toBe(reports.filter((p, i) => reportMatches(f, p, factsOf(p, i))).length);
      }
    }
  });

  it("counts every report in both modes when no band is set", () => {
    const reports = syntheticReports(50, { anchors: line, seed: 84 }).features.map((f) => f.properties);
    expect(filterCounts(NO_FILTER, reports, () => ({})).byDistanceMode).toEqual({ possibly: 50, certainly: 50 });
  });
});
