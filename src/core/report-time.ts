import type { TimePrecision } from "./report";

const DAY_MS = 86_400_000;

/** Day number of an ISO date (UTC). */
export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** ISO date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The days a report may fall on, first and last (inclusive): its day (ACLED
 * time precision 1), the week around its date (2), or its calendar month (3).
 */
export function reportDays(date: string, precision: TimePrecision): [number, number] {
  const day = dayNumber(date);
  if (precision === 2) return [day - 3, day + 3];
  if (precision === 3) {
    const first = dayNumber(`${date.slice(0, 7)}-01`);
    const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
    return [first, dayNumber(new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10)) - 1];
  }
  return [day, day];
}

/** The hours a report may fall in, from the start of its first day to the end of its last: [start, end), hours since 1970. */
export function reportHours(date: string, precision: TimePrecision): [number, number] {
  const [first, last] = reportDays(date, precision);
  return [first * 24, (last + 1) * 24];
}
