import { describe, expect, it } from "vitest";
import { describeBorderDistance } from "../../src/core/distance/format-border";
import { formatCount, formatDistance, formatEventDate, describeGeoPrecision } from "../../src/core/reports/format-report";

describe("formatCount shows a figure as the source gives it", () => {
  it.each([
    [[null], "not reported"],
    [[0], "0"],
    [[12], "12"],
    [[15, 20], "15–20"],
    [[15, 15], "15"],
    [[6, null, true], "6+"],
    [[100, undefined, true], "100+"],
  ] as const)("%j → %s", (args, text) => {
    expect(formatCount(...(args as [number | null, number | null | undefined, boolean | undefined]))).toBe(text);
  });
});

describe("dates and distances", () => {
  it("says how well a date is known", () => {
    expect(formatEventDate("2025-10-15", 1)).toBe("2025-10-15");
    expect(formatEventDate("2025-11-06", 2)).toBe("2025-11-06 (to the week)");
    expect(formatEventDate("2025-11-06", 3)).toBe("2025-11 (to the month)");
  });

  it("writes metres and kilometres", () => {
    expect(formatDistance(850)).toBe("850 m");
    expect(formatDistance(2000)).toBe("2 km");
    expect(formatDistance(2500)).toBe("2.5 km");
    expect(formatDistance(30_000)).toBe("30 km");
    expect(describeGeoPrecision(3, 60_000)).toBe("3: a larger region only, ±60 km");
  });
});

describe("describeBorderDistance", () => {
  const at = (distanceM: number, side: string | null) => ({ distanceM, side, nearestLon: 0, nearestLat: 0, alongKm: 0 });
  it("gives the distance, its range from the location's accuracy, and the side", () => {
    expect(describeBorderDistance(at(6_386, "AF"), 2_000)).toBe("6.4 km from the Durand Line (4.4–8.4 km), Afghan side");
    expect(describeBorderDistance(at(2_500, "PK"), 3_000)).toBe("2.5 km from the Durand Line (0–5.5 km), Pakistani side, but may lie across the line");
    expect(describeBorderDistance(at(40_000, null), 2_000)).toBe("40 km from the Durand Line (38–42 km), in neither country");
    expect(describeBorderDistance(at(12_000, "PK"), 60_000, 3)).toBe(
      "12 km from the Durand Line (0–72 km), Pakistani side, but may lie across the line. Placed only to a district or region: this distance means little.",
    );
  });
});
