import { describe, expect, it } from "vitest";
import { PERIOD_KEYS, periodAfterKey, type DayPeriod, type PeriodBounds } from "../../src/core/view/period-keys";
import { seededRandom } from "../support/seeded-random";

/** Seeded timelines (a bar a day or a week) with a period within each, or none. */
function randomCases(seed: number, count: number): { bounds: PeriodBounds; period: DayPeriod | null }[] {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  return Array.from({ length: count }, () => {
    const first = 19_000 + int(2_000);
    const last = first + int(800);
    const stepDays = random() < 0.5 ? 1 : 7;
    if (random() < 0.15) return { bounds: { first, last, stepDays }, period: null };
    const from = first + int(last - first + 1);
    return { bounds: { first, last, stepDays }, period: { from, to: from + int(last - from + 1) } };
  });
}

describe("the timeline's brush from the keyboard", () => {
  const cases = randomCases(21, 500);

  it("keeps every period within the timeline, its start not after its end", () => {
    for (const { bounds, period } of cases) {
      for (const key of ["ArrowLeft", "ArrowRight", "Home", "End"]) {
        for (const shift of [false, true]) {
          const next = periodAfterKey(period, key, shift, bounds)!;
          expect(next.from).toBeGreaterThanOrEqual(bounds.first);
          expect(next.to).toBeLessThanOrEqual(bounds.last);
          expect(next.from).toBeLessThanOrEqual(next.to);
        }
      }
    }
  });

  it("moves a period a bar with an arrow, to an end with Home or End, keeping its length", () => {
    for (const { bounds, period } of cases) {
      if (!period) continue;
      const length = period.to - period.from;
      const right = periodAfterKey(period, "ArrowRight", false, bounds)!;
      const left = periodAfterKey(period, "ArrowLeft", false, bounds)!;
      for (const p of [right, left, periodAfterKey(period, "Home", false, bounds)!, periodAfterKey(period, "End", false, bounds)!]) expect(p.to - p.from).toBe(length);
      expect(right.from).toBe(Math.min(period.from + bounds.stepDays, bounds.last - length));
      expect(left.from).toBe(Math.max(period.from - bounds.stepDays, bounds.first));
      expect(periodAfterKey(period, "Home", false, bounds)!.from).toBe(bounds.first);
      expect(periodAfterKey(period, "End", false, bounds)!.to).toBe(bounds.last);
      // Away from the ends, one bar on and one back is where it started.
      if (period.from - bounds.stepDays >= bounds.first) expect(periodAfterKey(left, "ArrowRight", false, bounds)).toEqual(period);
    }
  });

  it("makes a period longer or shorter by a bar with Shift+arrows, its start kept, a day at least", () => {
    for (const { bounds, period } of cases) {
      if (!period) continue;
      const longer = periodAfterKey(period, "ArrowRight", true, bounds)!;
      const shorter = periodAfterKey(period, "ArrowLeft", true, bounds)!;
      expect(longer).toEqual({ from: period.from, to: Math.min(bounds.last, period.to + bounds.stepDays) });
      expect(shorter).toEqual({ from: period.from, to: Math.max(period.from, period.to - bounds.stepDays) });
    }
  });

  it("keeps the first or last bar when no period is kept, all dates with Escape, and ignores other keys", () => {
    for (const { bounds, period } of cases) {
      expect(periodAfterKey(period, "Escape", false, bounds)).toBeNull();
      for (const key of ["a", "Enter", " ", "ArrowUp", "Tab"]) expect(periodAfterKey(period, key, false, bounds)).toBeUndefined();
      if (period) continue;
      const firstBar = { from: bounds.first, to: Math.min(bounds.last, bounds.first + bounds.stepDays - 1) };
      const lastBar = { from: Math.max(bounds.first, bounds.last - bounds.stepDays + 1), to: bounds.last };
      expect(periodAfterKey(null, "ArrowRight", false, bounds)).toEqual(firstBar);
      expect(periodAfterKey(null, "Home", false, bounds)).toEqual(firstBar);
      expect(periodAfterKey(null, "ArrowLeft", false, bounds)).toEqual(lastBar);
      expect(periodAfterKey(null, "End", false, bounds)).toEqual(lastBar);
    }
    expect(PERIOD_KEYS).toContain("Escape");
  });

  it("brings a period typed past the timeline's ends within it", () => {
    const bounds = { first: 20_000, last: 20_100, stepDays: 1 };
    const wide = periodAfterKey({ from: 19_900, to: 20_300 }, "ArrowRight", true, bounds)!;
    expect(wide).toEqual({ from: bounds.first, to: bounds.last });
  });
});
