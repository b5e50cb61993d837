import { describe, expect, it } from "vitest";
import { dayNumber, isoDay, reportDays } from "../../src/core/reports/report-time";

const DAY_MS = 86_400_000;
/** The reference: JavaScript's own dates (UTC). */
const dateDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const dateIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

describe("day numbers and ISO dates", () => {
  it("agree with JavaScript's dates on every day from 1600 to 2400", () => {
    for (let day = dateDay("1600-01-01"); day <= dateDay("2400-12-31"); day++) {
      const iso = isoDay(day);
      if (iso !== dateIso(day)) expect(iso, String(day)).toBe(dateIso(day));
      if (dayNumber(iso) !== day) expect(dayNumber(iso), iso).toBe(day);
    }
  });

  it("say NaN where JavaScript's dates do, and count leap days and month ends as they do", () => {
    for (const text of ["2025-02-30", "2025-13-01", "2025-00-10", "2025-1-01", "not a date", "", "2024-02-29", "2025-12-31", "2100-02-29", "2000-02-29"]) {
      expect(dayNumber(text), text).toEqual(dateDay(text));
    }
  });

  it("give a report's possible days by its time precision", () => {
    expect(reportDays("2025-11-06", 2).map(isoDay)).toEqual(["2025-11-03", "2025-11-09"]);
    expect(reportDays("2024-02-10", 3).map(isoDay)).toEqual(["2024-02-01", "2024-02-29"]);
    expect(reportDays("2025-12-05", 1).map(isoDay)).toEqual(["2025-12-05", "2025-12-05"]);
  });
});
