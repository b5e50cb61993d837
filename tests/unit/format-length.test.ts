import { describe, expect, it } from "vitest";
import { describeSpotToBorder, formatLonLat } from "../../src/core/distance/format-border";
import { formatLength, metresTo, METRES_PER_MILE } from "../../src/core/distance/format-length";

describe("formatLength writes a length in the chosen unit", () => {
  it.each([
    [0, "0 m"],
    [849.6, "850 m"],
    [1000, "1.00 km"],
    [3_468, "3.47 km"],
    [12_345, "12.3 km"],
    [99_949, "99.9 km"],
    [586_871.6, "587 km"],
    [1_234_567, "1,235 km"],
  ])("%d m in km → %s", (metres, text) => {
    expect(formatLength(metres, "km")).toBe(text);
  });

  it.each([
    [0, "0 ft"],
    [100, "328 ft"],
    [160.9, "528 ft"],
    [161, "0.10 mi"],
    [METRES_PER_MILE, "1.00 mi"],
    [3_468, "2.15 mi"],
    [586_871.6, "365 mi"],
    [2_000_000, "1,243 mi"],
  ])("%d m in miles → %s", (metres, text) => {
    expect(formatLength(metres, "mi")).toBe(text);
  });

  it("converts with the international mile", () => {
    expect(metresTo(1609.344, "mi")).toBe(1);
    expect(metresTo(2500, "km")).toBe(2.5);
  });

  it("shows a dash for lengths that are not lengths", () => {
    expect(formatLength(Number.NaN, "km")).toBe("—");
    expect(formatLength(-1, "mi")).toBe("—");
  });
});

describe("the measure tool's line for a spot", () => {
  const at = (distanceM: number, side: string | null) => ({ distanceM, side, nearestLon: 70, nearestLat: 34, alongKm: 1200 });

  it("gives the distance in the chosen unit and the side", () => {
    expect(describeSpotToBorder(at(23_412, "PK"), "km")).toBe("23.4 km from the Durand Line, Pakistani side");
    expect(describeSpotToBorder(at(23_412, "AF"), "mi")).toBe("14.5 mi from the Durand Line, Afghan side");
    expect(describeSpotToBorder(at(400, null), "km")).toBe("400 m from the Durand Line, in neither country");
  });

  it("writes positions with hemispheres, longitudes wrapped to ±180°", () => {
    expect(formatLonLat(70.56781, 34.01234)).toBe("34.0123° N, 70.5678° E");
    expect(formatLonLat(-73.5, -12.25)).toBe("12.2500° S, 73.5000° W");
    expect(formatLonLat(430.5, 34)).toBe("34.0000° N, 70.5000° E");
  });
});
