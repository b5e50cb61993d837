import type { TimePrecision } from "./report";

const DAY_MS = 86_400_000;

/** Digits of `text` from `start` to `end` as a number; -1 if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Day number (days since 1970-01-01) of a proleptic Gregorian date: Howard
 * Hinnant's `days_from_civil`, integer arithmetic with no Date object.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Day number of an ISO date (UTC). Dates that are surely valid (day 1 to 28)
 * are counted without parsing, 100,000 times a load; the rest go through
 * `Date.parse`, which also says NaN for what is not a date.
 */
export function dayNumber(isoDate: string): number {
  if (isoDate.length === 10 && isoDate.charCodeAt(4) === 45 && isoDate.charCodeAt(7) === 45) {
    const year = digits(isoDate, 0, 4);
    const month = digits(isoDate, 5, 7);
    const day = digits(isoDate, 8, 10);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28) return daysFromCivil(year, month, day);
  }
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** ISO date of a day number: Hinnant's `civil_from_days` for years 0 to 9999, `Date` beyond. */
export function isoDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (!Number.isInteger(day) || y < 0 || y > 9999) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
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
