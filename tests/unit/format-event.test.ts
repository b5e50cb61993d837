import { describe, expect, it } from "vitest";
import type { FigureRange } from "../../src/core/events/events";
import { describeAgreement, describeReportCount, formatEventDates, formatRange } from "../../src/core/events/format-event";

const range = (min: number, max: number, extra: Partial<FigureRange> = {}): FigureRange => ({ min, max, atLeast: false, sources: 2, disagree: min !== max, ...extra });

describe("event text", () => {
  it("writes a range of figures across sources", () => {
    expect(formatRange(range(4, 20), "killed")).toBe("4–20 killed");
    expect(formatRange(range(5, 5), "killed")).toBe("5 killed");
    expect(formatRange(range(15, 21, { atLeast: true }), "killed")).toBe("15–21+ killed");
    expect(formatRange(null, "killed")).toBeNull();
  });

  it("says plainly whether the sources agree", () => {
    const base = { reports: 4, killed: range(4, 20), injured: range(4, 100), disagree: true };
    expect(describeAgreement(base)).toBe("Sources disagree: 4–20 killed, 4–100 injured.");
    expect(describeAgreement({ ...base, killed: range(5, 5), injured: null, disagree: false })).toBe("Sources agree: 5 killed.");
    expect(describeAgreement({ ...base, killed: null, injured: null, disagree: false })).toBe("No source gives casualty figures.");
    expect(describeAgreement({ ...base, reports: 1, killed: range(3, 3), injured: null, disagree: false })).toBe("One report: 3 killed.");
  });

  it("gives the dates and the count of reports and sources", () => {
    expect(formatEventDates({ firstDate: "2025-10-15", lastDate: "2025-10-15" })).toBe("2025-10-15");
    expect(formatEventDates({ firstDate: "2025-10-14", lastDate: "2025-10-16" })).toBe("2025-10-14 to 2025-10-16");
    expect(formatEventDates({ firstDate: null, lastDate: null })).toBe("date unknown");
    expect(describeReportCount({ reports: 1, sources: 1 })).toBe("1 report from 1 source");
    expect(describeReportCount({ reports: 4, sources: 3 })).toBe("4 reports from 3 sources");
  });
});
