import { describe, expect, it } from "vitest";
import { TICK_DEFAULTS, TICK_STEP_NAMES, ticksOfStep, timeTicks, type TimeTicks } from "../../src/core/view/time-ticks";
import { MONTH_ABBREVIATIONS } from "../../src/core/view/month-names";
import { buildTimeline } from "../../src/core/view/timeline";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";
import { seededRandom } from "../support/seeded-random";
import { line } from "../support/project-border";

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;
const CHAR_PX = TICK_DEFAULTS.fontPx * TICK_DEFAULTS.charEm;

/** Seeded spans from a day to 30 years (log-uniform lengths, starts anywhere in a day between 1990 and 2030), and widths from a phone's to a wide screen's. */
function randomCases(seed: number, count: number): { start: number; end: number; width: number }[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const start = Date.UTC(1990, 0, 1) + random() * 40 * YEAR_MS;
    const length = DAY_MS * Math.exp(random() * Math.log((30 * YEAR_MS) / DAY_MS));
    return { start, end: start + length, width: 300 + random() * 1300 };
  });
}

const monthIndex = (ms: number) => new Date(ms).getUTCFullYear() * 12 + new Date(ms).getUTCMonth();

/** Everything a set of ticks must be, by definition, for the span and width it was made for. */
function checkTicks({ step, ticks }: TimeTicks, start: number, end: number, width: number): void {
  for (const [i, t] of ticks.entries()) {
    expect(t.ms).toBeGreaterThanOrEqual(start);
    expect(t.ms).toBeLessThanOrEqual(end);
    if (i > 0) expect(t.ms).toBeGreaterThan(ticks[i - 1]!.ms);
    expect(t.x).toBeCloseTo(((t.ms - start) / (end - start)) * width, 6);
    // The label's box: its estimated width, inside the axis, over its own tick, clear of the one before.
    expect(t.labelWidth).toBeCloseTo(t.label.length * CHAR_PX, 9);
    expect(t.labelLeft).toBeGreaterThanOrEqual(0);
    expect(t.labelLeft + t.labelWidth).toBeLessThanOrEqual(width + 1e-9);
    expect(t.labelLeft).toBeLessThanOrEqual(t.x + 1e-9);
    expect(t.labelLeft + t.labelWidth).toBeGreaterThanOrEqual(t.x - 1e-9);
    if (i > 0) expect(t.labelLeft).toBeGreaterThanOrEqual(ticks[i - 1]!.labelLeft + ticks[i - 1]!.labelWidth + TICK_DEFAULTS.gapPx - 1e-9);
    // Each tick starts its day, and names it.
    const date = new Date(t.ms);
    expect(t.ms % DAY_MS).toBe(0);
    const year = String(date.getUTCFullYear());
    const month = MONTH_ABBREVIATIONS[date.getUTCMonth()]!;
    // The year where it changes; on the first label, where there is room.
    const yearChanged = i > 0 && new Date(ticks[i - 1]!.ms).getUTCFullYear() !== date.getUTCFullYear();
    const named = (withYear: boolean) =>
      step!.includes("year") && step !== "half year" ? year : /month|quarter|half/.test(step!) ? (withYear ? `${month} ${year}` : month) : `${date.getUTCDate()} ${month}${withYear ? ` ${year}` : ""}`;
    if (i === 0) expect([named(true), named(false)]).toContain(t.label);
    else expect(t.label).toBe(named(yearChanged));
  }
  // Evenly spaced in the step's unit, and on its calendar boundaries.
  const every = Number(step!.match(/^\d+/)?.[0] ?? 1) * (step === "quarter" ? 3 : step === "half year" ? 6 : 1);
  const gaps = ticks.slice(1).map((t, i) => {
    const before = ticks[i]!.ms;
    if (step!.includes("day")) return (t.ms - before) / DAY_MS;
    if (step!.includes("week")) return (t.ms - before) / (7 * DAY_MS);
    if (step!.includes("year") && step !== "half year") return new Date(t.ms).getUTCFullYear() - new Date(before).getUTCFullYear();
    return monthIndex(t.ms) - monthIndex(before);
  });
  for (const g of gaps) expect(g).toBe(every);
  for (const t of ticks) {
    const date = new Date(t.ms);
    if (step!.includes("week")) expect(date.getUTCDay()).toBe(1); // Mondays
    if (/month|quarter|half|year/.test(step!)) expect(date.getUTCDate()).toBe(1);
    if (/quarter|half/.test(step!)) expect(date.getUTCMonth() % every).toBe(0);
    if (/\d+ years|^year$/.test(step!)) expect(date.getUTCMonth()).toBe(0);
    if (/\d+ years/.test(step!)) expect(date.getUTCFullYear() % every).toBe(0);
  }
}

describe("the time axis's ticks", () => {
  it("are inside the span, increasing, evenly spaced, and their labels fit side by side, for seeded spans from a day to 30 years", () => {
    const steps = new Set<string>();
    for (const { start, end, width } of randomCases(11, 400)) {
      const result = timeTicks(start, end, width);
      expect(result.step).not.toBeNull();
      // The axis counts in whole days: two labels when the span holds two starts of a day.
      const dayStarts = Math.floor(end / DAY_MS) - Math.ceil(start / DAY_MS) + 1;
      expect(result.ticks.length).toBeGreaterThanOrEqual(Math.min(2, dayStarts));
      checkTicks(result, start, end, width);
      steps.add(result.step!);
    }
    // The cases reach from days to decades.
    expect(steps.has("day") || steps.has("2 days")).toBe(true);
    expect([...steps].some((s) => /\d+ years/.test(s))).toBe(true);
  });

  it("give a 10-day span at 300 px two labels or more, and a single day its two ends", () => {
    const random = seededRandom(3);
    for (let i = 0; i < 50; i++) {
      const start = Date.UTC(2000, 0, 1) + Math.floor(random() * 30 * 365) * DAY_MS;
      const ten = timeTicks(start, start + 10 * DAY_MS, 300);
      expect(ten.ticks.length).toBeGreaterThanOrEqual(2);
      checkTicks(ten, start, start + 10 * DAY_MS, 300);
      const one = timeTicks(start, start + DAY_MS, 300);
      expect(one.ticks.map((t) => t.ms)).toEqual([start, start + DAY_MS]);
    }
  });

  it("never choose a coarser step for a wider axis, nor one coarser than needed", () => {
    for (const { start, end, width } of randomCases(12, 200)) {
      const narrow = timeTicks(start, end, width);
      const wide = timeTicks(start, end, width * 2);
      expect(TICK_STEP_NAMES.indexOf(wide.step!)).toBeLessThanOrEqual(TICK_STEP_NAMES.indexOf(narrow.step!));
      // Nothing finer would do: every finer step, placed the same way, has labels that overlap or cut.
      for (const finer of TICK_STEP_NAMES.slice(0, TICK_STEP_NAMES.indexOf(narrow.step!))) {
        const forced = ticksOfStep(finer, start, end, width);
        const clash = forced.some((t, i) => t.labelLeft < 0 || t.labelLeft + t.labelWidth > width || (i > 0 && t.labelLeft < forced[i - 1]!.labelLeft + forced[i - 1]!.labelWidth + TICK_DEFAULTS.gapPx));
        expect(forced.length < 2 || clash).toBe(true);
      }
    }
  });

  it("fit at every width from a phone's to a wide screen's over the span of 100,000 synthetic reports, the last label whole", () => {
    const t = buildTimeline(syntheticReports(100_000, { anchors: line, seed: 1 }).features.map((f) => f.properties))!;
    const [start, end] = [t.first * DAY_MS, (t.last + 1) * DAY_MS];
    expect(end - start).toBeGreaterThan(YEAR_MS);
    for (let width = 280; width <= 1800; width += 37) {
      const result = timeTicks(start, end, width);
      expect(result.ticks.length).toBeGreaterThanOrEqual(2);
      checkTicks(result, start, end, width); // the last label inside the axis, whole
    }
  });

  it("give nothing for an empty span or no width, and one label or none where two cannot fit", () => {
    const start = Date.UTC(2025, 3, 5);
    expect(timeTicks(start, start, 500)).toEqual({ step: null, ticks: [] });
    expect(timeTicks(start, start + DAY_MS, 0)).toEqual({ step: null, ticks: [] });
    const random = seededRandom(7);
    for (let i = 0; i < 100; i++) {
      const length = DAY_MS * (1 + random() * 10_000);
      const width = 20 + random() * 60;
      const result = timeTicks(start, start + length, width);
      expect(result.ticks.length).toBeLessThanOrEqual(2);
      if (result.step) checkTicks(result, start, start + length, width);
    }
  });
});
