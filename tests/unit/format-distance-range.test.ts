import { describe, expect, it } from "vitest";
import { formatDistanceRange, formatReportDistance, showsDistanceRange } from "../../src/core/distance/format-distance-range";
import { distanceRange } from "../../src/core/distance/border-uncertainty";
import { seededRandom } from "../support/seeded-random";

describe("showsDistanceRange: the range beside the figure for a district, or when the accuracy is over a quarter of the distance", () => {
  it("always for a place known only to a district or region (geo_precision 3), however far", () => {
    expect(showsDistanceRange(6_400, 30_000, 3)).toBe(true);
    expect(showsDistanceRange(500_000, 30_000, 3)).toBe(true);
  });

  it("for a town or near-town place, only when the radius is more than a quarter of the distance", () => {
    // 2 km of 8 km is exactly a quarter: one figure; a metre nearer, the range.
    expect(showsDistanceRange(8_000, 2_000, 1)).toBe(false);
    expect(showsDistanceRange(7_999, 2_000, 1)).toBe(true);
    expect(showsDistanceRange(40_000, 10_000, 2)).toBe(false);
    expect(showsDistanceRange(39_000, 10_000, 2)).toBe(true);
    expect(showsDistanceRange(0, 2_000, 1)).toBe(true);
  });

  it("agrees with the rule written out, on seeded reports", () => {
    const random = seededRandom(71);
    for (let k = 0; k < 2_000; k++) {
      const d = random() * 100_000;
      const r = [2_000, 10_000, 30_000, random() * 60_000][Math.floor(random() * 4)]!;
      const geo = 1 + Math.floor(random() * 3);
      // "The true distance may be more than 25% off": the far end of the range is more than 1.25 d.
      expect(showsDistanceRange(d, r, geo)).toBe(geo === 3 || d + r > 1.25 * d);
    }
  });
});

describe("formatDistanceRange and formatReportDistance", () => {
  it("writes the unit once where both ends share it, and 0 bare", () => {
    expect(formatDistanceRange({ minM: 0, maxM: 36_386 })).toBe("0–36 km");
    expect(formatDistanceRange({ minM: 4_386, maxM: 8_386 })).toBe("4.4–8.4 km");
    expect(formatDistanceRange({ minM: 200, maxM: 800 })).toBe("200–800 m");
    expect(formatDistanceRange({ minM: 800, maxM: 2_800 })).toBe("800 m–2.8 km");
    expect(formatDistanceRange({ minM: 0, maxM: 600 })).toBe("0–600 m");
  });

  it("gives Wardag's district-level report its range: 6.4 km from a 30 km radius is 0 to 36 km", () => {
    expect(formatReportDistance(6_386, 30_000, 3)).toBe("6.4 km (0–36 km)");
    expect(distanceRange({ distanceM: 6_386 }, 30_000)).toEqual({ minM: 0, maxM: 36_386, sideUncertain: true });
  });

  it("keeps one figure for a town-precise report far from the line", () => {
    expect(formatReportDistance(40_000, 2_000, 1)).toBe("40 km");
    expect(formatReportDistance(3_000, 2_000, 1)).toBe("3 km (1–5 km)");
  });
});
