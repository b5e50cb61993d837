import { describe, expect, it } from "vitest";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";
import { parseReports } from "../../src/core/io/validate-reports";
import { geodesicDistanceM } from "../../src/core/distance/geodesic";
import { line } from "../support/project-border";
import { TODAY } from "../support/today";

describe("synthetic reports", () => {
  const a = syntheticReports(2_000, { anchors: line, seed: 5 });

  it("are the same for the same seed and differ for another", () => {
    expect(syntheticReports(2_000, { anchors: line, seed: 5 })).toEqual(a);
    expect(syntheticReports(2_000, { anchors: line, seed: 6 }).features[0]!.geometry).not.toEqual(a.features[0]!.geometry);
  });

  it("are valid reports, each marked synthetic and sourced to no real outlet", () => {
    const { reports, issues } = parseReports(JSON.stringify(a), { today: TODAY });
    expect(issues).toEqual([]);
    expect(reports).toHaveLength(2_000);
    for (const r of reports) {
      expect(r.properties.synthetic).toBe(true);
      expect(r.properties.source).toMatch(/^Synthetic source/);
      expect(r.properties.source_url).toBeNull();
      expect(r.properties.source_note).toMatch(/not a real report/);
    }
  });

  it("lie within the spread of an anchor and within 2024–2025", () => {
    const anchors = [line[0]!, line[8_000]!, line[line.length - 1]!];
    const few = syntheticReports(1_000, { anchors, spreadKm: 20, seed: 9 });
    for (const f of few.features) {
      const nearest = Math.min(...anchors.map((v) => geodesicDistanceM(v, f.geometry.coordinates)));
      expect(nearest).toBeLessThan(20_300);
      expect(f.properties.event_date >= "2024-01-01" && f.properties.event_date <= "2025-12-31").toBe(true);
    }
  });
});
