import { describe, expect, it } from "vitest";
import { CASUALTY_STOPS, casualtyRadiusPx, subEventRgb, SUB_EVENT_COLORS, OTHER_SUB_EVENT_COLOR } from "../../src/map/report-colors";

describe("the dots' size and colour (as the circle layer's expressions give them)", () => {
  it("sizes a dot at each stop, linearly between stops, and no larger than the last", () => {
    for (const [casualties, radius] of CASUALTY_STOPS) expect(casualtyRadiusPx(casualties)).toBe(radius);
    const [[c0, r0], [c1, r1]] = [CASUALTY_STOPS[1]!, CASUALTY_STOPS[2]!];
    expect(casualtyRadiusPx((c0 + c1) / 2)).toBeCloseTo((r0 + r1) / 2, 9);
    expect(casualtyRadiusPx(10_000)).toBe(CASUALTY_STOPS.at(-1)![1]);
    expect(casualtyRadiusPx(-1)).toBe(CASUALTY_STOPS[0]![1]);
  });

  it("colours a dot by its sub-event type, grey for the rest", () => {
    expect(subEventRgb("Shelling/artillery/missile attack")).toEqual([0xd7, 0x30, 0x1f]);
    expect(SUB_EVENT_COLORS["Shelling/artillery/missile attack"]).toBe("#d7301f");
    const grey = parseInt(OTHER_SUB_EVENT_COLOR.slice(1, 3), 16);
    expect(subEventRgb("Something else")).toEqual([grey, grey, grey]);
  });
});
