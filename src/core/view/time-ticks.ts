import { MONTH_ABBREVIATIONS } from "./month-names";

/**
 * The ticks of a time axis: the finest calendar step whose labels all fit
 * side by side in the width given, from a day to fifty years. A label's width
 * is estimated from its characters, so that this runs without a DOM; a label
 * is centred on its tick, or pushed inward at the ends so it is never cut.
 */

export type TickStepName = "day" | "2 days" | "3 days" | "week" | "2 weeks" | "month" | "quarter" | "half year" | "year" | "2 years" | "5 years" | "10 years" | "20 years" | "50 years";

interface TickStep {
  name: TickStepName;
  /** What the step counts: days (from 1970-01-01), weeks (Mondays), months or years. */
  kind: "day" | "week" | "month" | "year";
  every: number;
  /** A step's rough length, to skip steps that cannot fit before making their ticks. */
  approxMs: number;
}

const DAY_MS = 86_400_000;
const STEPS: readonly TickStep[] = [
  { name: "day", kind: "day", every: 1, approxMs: DAY_MS },
  { name: "2 days", kind: "day", every: 2, approxMs: 2 * DAY_MS },
  { name: "3 days", kind: "day", every: 3, approxMs: 3 * DAY_MS },
  { name: "week", kind: "week", every: 1, approxMs: 7 * DAY_MS },
  { name: "2 weeks", kind: "week", every: 2, approxMs: 14 * DAY_MS },
  { name: "month", kind: "month", every: 1, approxMs: 28 * DAY_MS },
  { name: "quarter", kind: "month", every: 3, approxMs: 89 * DAY_MS },
  { name: "half year", kind: "month", every: 6, approxMs: 181 * DAY_MS },
  { name: "year", kind: "year", every: 1, approxMs: 365 * DAY_MS },
  { name: "2 years", kind: "year", every: 2, approxMs: 730 * DAY_MS },
  { name: "5 years", kind: "year", every: 5, approxMs: 1826 * DAY_MS },
  { name: "10 years", kind: "year", every: 10, approxMs: 3652 * DAY_MS },
  { name: "20 years", kind: "year", every: 20, approxMs: 7305 * DAY_MS },
  { name: "50 years", kind: "year", every: 50, approxMs: 18262 * DAY_MS },
];

/** The steps, finest first. */
export const TICK_STEP_NAMES: readonly TickStepName[] = STEPS.map((s) => s.name);

export interface TickOptions {
  fontPx: number; // the labels' size in pixels
  charEm: number; // a character's width in ems: a generous average of digits, letters and spaces
  gapPx: number; // the least room between two labels
}

export const TICK_DEFAULTS: TickOptions = { fontPx: 12, charEm: 0.62, gapPx: 8 };

export interface TimeTick {
  /** The tick's time (ms since 1970, UTC): the start of its day, week, month or year. */
  ms: number;
  /** Its position, 0 at the span's start and `widthPx` at its end. */
  x: number;
  /** "14 Oct", "Oct", "2025"; the year is added where it changes ("1 Jan 2026", "Jan 2026"), and to the first label where there is room. */
  label: string;
  /** The label's estimated box: its left edge and width, inside [0, widthPx]. */
  labelLeft: number;
  labelWidth: number;
}

export interface TimeTicks {
  /** The step chosen; null when not even one label fits. */
  step: TickStepName | null;
  ticks: TimeTick[];
}

/**
 * The ticks of the span [startMs, endMs] drawn `widthPx` wide: the finest
 * step that gives two labels or more, none overlapping another (with
 * `gapPx` between them) and none past an end; failing that, one label; else
 * none. Two or more whenever the span holds two starts of a day and the
 * width is 300 px or more.
 *
 * @example timeTicks(Date.UTC(2025, 9, 14), Date.UTC(2025, 9, 24), 300).step // "2 days"
 */
export function timeTicks(startMs: number, endMs: number, widthPx: number, options: Partial<TickOptions> = {}): TimeTicks {
  const o = { ...TICK_DEFAULTS, ...options };
  const charPx = o.fontPx * o.charEm;
  if (!(endMs > startMs) || !(widthPx > 0)) return { step: null, ticks: [] };
  let single: TimeTicks | null = null;
  for (const step of STEPS) {
    // Labels have 3 characters at least ("Oct"): a step with more of them than could fit is not tried.
    if (((endMs - startMs) / step.approxMs - 1) * (3 * charPx + o.gapPx) > widthPx) continue;
    const times = tickTimes(step, startMs, endMs);
    // The first label names its year ("14 Oct 2025") where there is room, else only where the year changes.
    for (const firstYear of step.kind === "year" ? [true] : [true, false]) {
      const ticks = placeLabels(times, step, startMs, endMs, widthPx, charPx, firstYear);
      if (!fits(ticks, widthPx, o.gapPx)) continue;
      if (ticks.length >= 2) return { step: step.name, ticks };
      if (ticks.length === 1 && !single) single = { step: step.name, ticks };
    }
  }
  return single ?? { step: null, ticks: [] };
}

/** The ticks of one step, placed as `timeTicks` places them (the first label without its year), whether or not their labels fit. */
export function ticksOfStep(name: TickStepName, startMs: number, endMs: number, widthPx: number, options: Partial<TickOptions> = {}): TimeTick[] {
  const o = { ...TICK_DEFAULTS, ...options };
  const step = STEPS.find((s) => s.name === name)!;
  return placeLabels(tickTimes(step, startMs, endMs), step, startMs, endMs, widthPx, o.fontPx * o.charEm, false);
}

/** The step's times within [startMs, endMs], both ends included. */
function tickTimes(step: TickStep, startMs: number, endMs: number): number[] {
  const times: number[] = [];
  if (step.kind === "day" || step.kind === "week") {
    const days = step.kind === "day" ? step.every : 7 * step.every;
    // Day 4 (1970-01-05) is a Monday: weeks start on Mondays.
    const origin = step.kind === "day" ? 0 : 4;
    const firstDay = Math.ceil(startMs / DAY_MS);
    let d = firstDay + mod(origin - firstDay, days);
    for (; d * DAY_MS <= endMs; d += days) times.push(d * DAY_MS);
    return times;
  }
  // The first month (or year) that starts within the span, then the first of those the step keeps.
  const start = new Date(startMs);
  const perStep = step.kind === "month" ? 1 : 12;
  let m = start.getUTCFullYear() * 12 + (step.kind === "month" ? start.getUTCMonth() : 0);
  if (monthMs(m) < startMs) m += perStep;
  m += perStep * mod(-m / perStep, step.every);
  for (; monthMs(m) <= endMs; m += perStep * step.every) times.push(monthMs(m));
  return times;
}

/** Month `m` counted from January of year 0, as ms (Date.UTC maps years 0–99 to 1900–1999, so the year is set apart). */
function monthMs(m: number): number {
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(m / 12), mod(m, 12), 1);
  return date.getTime();
}

function placeLabels(times: number[], step: TickStep, startMs: number, endMs: number, widthPx: number, charPx: number, firstYear: boolean): TimeTick[] {
  let lastYear: number | null = null;
  return times.map((ms, i) => {
    const date = new Date(ms);
    const year = date.getUTCFullYear();
    const withYear = i === 0 ? firstYear : year !== lastYear;
    lastYear = year;
    const month = MONTH_ABBREVIATIONS[date.getUTCMonth()]!;
    let label: string;
    if (step.kind === "year") label = String(year);
    else if (step.kind === "month") label = withYear ? `${month} ${year}` : month;
    else label = `${date.getUTCDate()} ${month}${withYear ? ` ${year}` : ""}`;
    const x = ((ms - startMs) / (endMs - startMs)) * widthPx;
    const labelWidth = label.length * charPx;
    const labelLeft = Math.min(Math.max(x - labelWidth / 2, 0), widthPx - labelWidth);
    return { ms, x, label, labelLeft, labelWidth };
  });
}

/** Every label inside [0, widthPx] and at least `gapPx` after the one before it. */
function fits(ticks: readonly TimeTick[], widthPx: number, gapPx: number): boolean {
  return ticks.every((t, i) => t.labelLeft >= 0 && t.labelLeft + t.labelWidth <= widthPx && (i === 0 || t.labelLeft >= ticks[i - 1]!.labelLeft + ticks[i - 1]!.labelWidth + gapPx));
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
