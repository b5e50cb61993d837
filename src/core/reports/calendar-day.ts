const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate() || 31;
}

/**
 * Why a date written the right way is still no day of the calendar
 * ("February 2025 has 28 days"), or null when it is not such a date: a
 * `YYYY-MM-DD` or `DD Month YYYY` whose day is past its month's end.
 */
export function impossibleDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const named = /^(\d{1,2}) +([A-Za-z]+) +(\d{4})$/.exec(text.trim());
  let year: number;
  let month: number;
  let day: number;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (named) {
    month = MONTH_NAMES.findIndex((m) => m.toLowerCase() === named[2]!.toLowerCase()) + 1;
    [year, day] = [Number(named[3]), Number(named[1])];
  } else return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const last = daysInMonth(year, month);
  return day > last ? `${MONTH_NAMES[month - 1]} ${year} has ${last} days` : null;
}

/**
 * Why a date written with slashes cannot be read for sure: "3 December 2025
 * (day first) or 12 March 2025 (month first)" when both readings are days of
 * the calendar and differ; null otherwise.
 */
export function ambiguousDay(text: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (a === b || a > 12 || b > 12 || a < 1 || b < 1) return null;
  const name = (day: number, month: number) => `${day} ${MONTH_NAMES[month - 1]} ${year}`;
  return `${name(a, b)} (day first) or ${name(b, a)} (month first)`;
}
