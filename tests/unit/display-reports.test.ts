import { describe, expect, it } from "vitest";
import { accuracyCircles } from "../../src/core/distance/accuracy-circles";
import { shownStacks, toDisplayCollection, withBorderFacts, type DisplayProperties } from "../../src/core/view/display-reports";
import type { ReportFeature } from "../../src/core/reports/report";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";
import { parseReports } from "../../src/core/io/validate-reports";
import { distance } from "@turf/turf";
import type { Feature, Point } from "geojson";
import { readRepoText } from "../support/read-json";
import { seededRandom } from "../support/seeded-random";
import { TODAY } from "../support/today";

const { reports } = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY });

describe("toDisplayCollection", () => {
  const display = toDisplayCollection(reports);

  it("keeps every report and its position", () => {
    expect(display.features.map((f) => f.properties.id)).toEqual(reports.map((r) => r.properties.id));
    expect(display.features.map((f) => f.geometry.coordinates)).toEqual(reports.map((r) => r.geometry.coordinates));
  });

  it("counts reports sharing a position", () => {
    for (const f of display.features) {
      const [lon, lat] = f.geometry.coordinates;
      const same = reports.filter((r) => r.geometry.coordinates[0] === lon && r.geometry.coordinates[1] === lat);
      expect(f.properties.stack_size).toBe(same.length);
    }
  });

  it("adds each report's distance, side and place along the border in place, and hands out a new collection", () => {
    expect(display.features.every((f) => !("border_distance_m" in f.properties) && !("border_side" in f.properties))).toBe(true);
    const distancesM = Float64Array.from(reports, (_, i) => (i % 4 === 3 ? Number.NaN : 1_000 * i + 0.5));
    const alongKm = Float64Array.from(reports, (_, i) => (i % 5 === 2 ? Number.NaN : 100 * i + 0.25));
    const sides = reports.map((_, i) => ["AF", "PK", "none"][i % 3]!);
    const before = toDisplayCollection(reports);
    const after = withBorderFacts(before, { distancesM, alongKm, sides, borderKm: 2_600 });
    expect(after).not.toBe(before);
    expect(after.features).not.toBe(before.features);
    after.features.forEach((f, i) => {
      const p = f.properties;
      expect(p.border_distance_m).toBe(i % 4 === 3 ? undefined : 1_000 * i + 0.5);
      expect(p.border_along_km).toBe(i % 5 === 2 ? undefined : 100 * i + 0.25);
      expect(p.border_side).toBe(["AF", "PK", "none"][i % 3]);
      expect(p.id).toBe(reports[i]!.properties.id);
    });
  });

  it("sizes by the highest figures a source gives (reference figures: 15–20 killed; 12 killed, 100+ injured)", () => {
    const byId = (id: string) => display.features.find((f) => f.properties.id === id)?.properties.casualties_high;
    expect(byId("2025-10-15-spin-boldak-pakistan-army")).toBe(20);
    expect(byId("2025-10-15-spin-boldak-mujahid")).toBe(112);
    expect(byId("2025-11-06-spin-boldak-pakistan-account")).toBe(0);
  });
});

/** The stack labels by definition: each shown report with no shown one before it at the same position, and how many shown are there (two or more). */
function bruteForceStacks(shown: readonly Feature<Point, DisplayProperties>[]): Map<string, number> {
  const samePlace = (a: Feature<Point>, b: Feature<Point>) =>
    a.geometry.coordinates[0] === b.geometry.coordinates[0] && a.geometry.coordinates[1] === b.geometry.coordinates[1];
  const labels = new Map<string, number>();
  shown.forEach((f, i) => {
    if (shown.slice(0, i).some((g) => samePlace(f, g))) return;
    const count = shown.filter((g) => samePlace(f, g)).length;
    if (count >= 2) labels.set(f.properties.id, count);
  });
  return labels;
}

/** Seeded reports piled on a few places 1e-5° (about a metre) apart, with lone reports scattered around them. */
function stackedReports(seed: number): ReportFeature[] {
  const random = seededRandom(seed);
  const anchors = Array.from({ length: 30 }, () => [66.4 + Math.floor(random() * 8) * 1e-5, 31 + Math.floor(random() * 4) * 1e-5]);
  const piled = syntheticReports(400, { anchors, spreadKm: 0, seed }).features;
  const lone = syntheticReports(150, { anchors, spreadKm: 20, seed: seed + 1000 }).features;
  return [...piled, ...lone];
}

describe("shownStacks", () => {
  const display = toDisplayCollection(reports);
  const killedAtLeast = (n: number) => display.features.filter((f) => f.properties.killed !== null && f.properties.killed >= n);

  it("labels each stack of the seed reports with all of them when nothing is filtered", () => {
    const labels = shownStacks(display.features);
    expect(labels).toEqual(bruteForceStacks(display.features));
    for (const [id, count] of labels) expect(display.features.find((f) => f.properties.id === id)!.properties.stack_size).toBe(count);
  });

  it("counts only the reports shown at Spin Boldak (killed at least 10: 3 of 8, killed at least 1: 7)", () => {
    const spinBoldak = (labels: Map<string, number>) =>
      [...labels].filter(([id]) => display.features.find((f) => f.properties.id === id)!.properties.stack_size === 8).map(([, n]) => n);
    expect(spinBoldak(shownStacks(killedAtLeast(10)))).toEqual([3]);
    expect(spinBoldak(shownStacks(killedAtLeast(1)))).toEqual([7]);
  });

  it("labels no position where only one report is shown", () => {
    // Killed at least 4: one of Chaman's two reports (the other gives no figure), and Weesh alone.
    const labels = shownStacks(killedAtLeast(4));
    expect([...labels.values()].every((n) => n >= 2)).toBe(true);
    expect(labels.has("2025-10-15-chaman-cnn-news18")).toBe(false);
    expect(labels).toEqual(bruteForceStacks(killedAtLeast(4)));
  });

  it("agrees with a count by definition on seeded stacks, whatever share of them is shown", () => {
    for (const seed of [1, 2, 3]) {
      const features = toDisplayCollection(stackedReports(seed)).features;
      const random = seededRandom(seed + 50);
      for (const share of [0, 0.05, 0.3, 0.7, 1]) {
        const shown = features.filter(() => random() < share);
        const labels = shownStacks(shown);
        expect(labels, `seed ${seed}, share ${share}`).toEqual(bruteForceStacks(shown));
        if (share === 1) expect(labels.size).toBeGreaterThan(10);
      }
    }
  });
});

describe("accuracyCircles", () => {
  it("draws each circle at its accuracy radius (turf distance as reference, 0.1%)", () => {
    const circles = accuracyCircles(reports);
    expect(circles.features).toHaveLength(reports.length);
    circles.features.forEach((circle, i) => {
      const report = reports[i]!;
      for (const vertex of circle.geometry.coordinates[0]!) {
        const km = distance(report.geometry.coordinates, vertex, { units: "kilometers" });
        expect(Math.abs(km * 1000 - report.properties.accuracy_m) / report.properties.accuracy_m).toBeLessThan(0.001);
      }
    });
  });
});
