/**
 * The timeline's brush from the keyboard: the period kept after a key.
 * Arrows move it a bar (keeping its length), Shift+arrows move its end (a
 * longer or shorter period, a day at least), Home and End move it to the
 * ends, Escape keeps all dates. With no period, an arrow, Home or End keeps
 * the first (or last) bar.
 */

/** Days since 1970, both ends in. */
export interface DayPeriod {
  from: number;
  to: number;
}

export interface PeriodBounds {
  first: number; // the timeline's first day
  last: number; // its last day
  stepDays: number; // a bar's days: what an arrow moves
}

export type PeriodKey = "ArrowLeft" | "ArrowRight" | "Home" | "End" | "Escape";

export const PERIOD_KEYS: readonly PeriodKey[] = ["ArrowLeft", "ArrowRight", "Home", "End", "Escape"];

/** The period after `key` (with Shift or not); null: all dates; undefined: a key the brush does not use. */
export function periodAfterKey(period: DayPeriod | null, key: string, shift: boolean, { first, last, stepDays }: PeriodBounds): DayPeriod | null | undefined {
  if (!(PERIOD_KEYS as readonly string[]).includes(key)) return undefined;
  if (key === "Escape") return null;
  if (!period) {
    const atEnd = key === "ArrowLeft" || key === "End";
    return atEnd ? { from: Math.max(first, last - stepDays + 1), to: last } : { from: first, to: Math.min(last, first + stepDays - 1) };
  }
  // A period reaching past the timeline (typed in the filter panel) is first brought within it.
  const from = Math.min(Math.max(period.from, first), last);
  const to = Math.min(Math.max(period.to, from), last);
  const length = to - from;
  if (shift && key === "ArrowRight") return { from, to: Math.min(last, to + stepDays) };
  if (shift && key === "ArrowLeft") return { from, to: Math.max(from, to - stepDays) };
  const start = key === "Home" ? first : key === "End" ? last - length : from + (key === "ArrowRight" ? stepDays : -stepDays);
  const clamped = Math.min(Math.max(start, first), last - length);
  return { from: clamped, to: clamped + length };
}
