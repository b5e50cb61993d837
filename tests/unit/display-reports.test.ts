import { describe, expect, it } from "vitest";
import { accuracyCircles } from "../../src/core/accuracy-circles";
import { toDisplayCollection, withBorderFacts } from "../../src/core/display-reports";
import { parseReports } from "../../src/core/validate-reports";
import { distance } from "@turf/turf";
import { readRepoText } from "../support/read-json";

const { reports } = parseReports(readRepoText("geodata/reports.geojson"));

describe("toDisplayCollection", () => {
  const display = toDisplayCollection(reports);

  it("keeps every report and its position", () => {
    expect(display.features.map((f) => f.properties.id)).toEqual(reports.map((r) => r.properties.id));
    expect(display.features.map((f) => f.geometry.coordinates)).toEqual(reports.map((r) => r.geometry.coordinates));
  });

  it("counts reports sharing a position, and numbers them within it", () => {
    for (const f of display.features) {
      const [lon, lat] = f.geometry.coordinates;
      const same = reports.filter((r) => r.geometry.coordinates[0] === lon && r.geometry.coordinates[1] === lat);
      expect(f.properties.stack_size).toBe(same.length);
    }
    const firsts = display.features.filter((f) => f.properties.stack_index === 1);
    const positions = new Set(reports.map((r) => r.geometry.coordinates.join(",")));
    expect(firsts).toHaveLength(positions.size);
  });

  it("adds each report's distance to the border when it is known, for the map's filter", () => {
    expect(display.features.every((f) => !("border_distance_m" in f.properties))).toBe(true);
    const first = reports[0]!.properties.id;
    const measured = toDisplayCollection(reports, new Map([[first, 12_345.6], ["not-a-report", 1]]));
    expect(measured.features[0]!.properties.border_distance_m).toBe(12_345.6);
    expect(measured.features.slice(1).every((f) => f.properties.border_distance_m === undefined)).toBe(true);
  });

  it("adds distances and sides in place as making the collection again with them would, and hands out a new collection", () => {
    const distancesM = reports.map((_, i) => (i % 4 === 3 ? Number.NaN : 1_000 * i + 0.5));
    const sides = reports.map((_, i) => (i % 5 === 4 ? null : ["AF", "PK", "none"][i % 3]!));
    const byId = new Map(reports.map((r, i) => [r.properties.id, distancesM[i]!]));
    const sideById = new Map(reports.map((r, i) => [r.properties.id, sides[i] ?? "none"]));
    const before = toDisplayCollection(reports);
    const after = withBorderFacts(before, distancesM, sides);
    expect(after).not.toBe(before);
    expect(after.features).not.toBe(before.features);
    expect(after).toEqual(toDisplayCollection(reports, byId, sideById));
  });

  it("sizes by the highest figures a source gives (reference figures: 15–20 killed; 12 killed, 100+ injured)", () => {
    const byId = (id: string) => display.features.find((f) => f.properties.id === id)?.properties.casualties_high;
    expect(byId("2025-10-15-spin-boldak-pakistan-army")).toBe(20);
    expect(byId("2025-10-15-spin-boldak-mujahid")).toBe(112);
    expect(byId("2025-11-06-spin-boldak-pakistan-account")).toBe(0);
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
