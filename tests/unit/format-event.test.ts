import { describe, expect, it } from "vitest";
import type { FigureRange, GroupRange } from "../../src/core/events/events";
import { describeAgreement, describeReportCount, eventLabel, formatEventDates, formatRange } from "../../src/core/events/format-event";

const range = (min: number, max: number, extra: Partial<FigureRange> = {}): FigureRange => ({ min, max, atLeast: false, sources: 2, disagree: min !== max, ...extra });

describe("event text", () => {
  it("writes a range of figures across sources", () => {
    expect(formatRange(range(4, 20), "killed")).toBe("4–20 killed");
    expect(formatRange(range(5, 5), "killed")).toBe("5 killed");
    expect(formatRange(range(15, 21, { atLeast: true }), "killed")).toBe("15–21+ killed");
    expect(formatRange(null, "killed")).toBeNull();
  });

  it("says plainly, group by group, where the sources differ, and marks a claim as one", () => {
    const civilians: GroupRange = { group: "civilians", side: "AF", claim: false, killed: range(12, 15), injured: null };
    const claim: GroupRange = { group: "security_forces", side: "AF", claim: true, killed: range(15, 20, { sources: 1, disagree: false }), injured: null };
    const unstated: GroupRange = { group: "unstated", side: null, claim: false, killed: null, injured: range(4, 100) };
    expect(describeAgreement({ reports: 4, groups: [civilians, unstated, claim], disagree: true })).toBe(
      "Sources disagree on Afghan civilians killed. Afghan civilians: 12–15 killed (sources disagree); group not stated: 4–100 injured; " +
        "Afghan security forces: 15–20 killed (a claim by the other side).",
    );
    // Figures of no stated group that differ are not called a disagreement.
    expect(describeAgreement({ reports: 2, groups: [unstated], disagree: false })).toBe("No two sources differ on one group: group not stated: 4–100 injured.");
    expect(describeAgreement({ reports: 4, groups: [], disagree: false })).toBe("No source gives casualty figures.");
    expect(describeAgreement({ reports: 1, groups: [{ ...civilians, killed: range(3, 3) }], disagree: false })).toBe("One report: Afghan civilians: 3 killed.");
  });

  it("labels an event on the map by its first stated group's killed, never by a claim", () => {
    const civilians: GroupRange = { group: "civilians", side: "AF", claim: false, killed: range(12, 15), injured: null };
    const claim: GroupRange = { group: "security_forces", side: "AF", claim: true, killed: range(15, 20), injured: null };
    expect(eventLabel({ reports: 4, groups: [civilians, claim], disagree: true, killed: range(12, 15) })).toBe("12–15 Afghan civilians killed · sources disagree");
    expect(eventLabel({ reports: 2, groups: [claim], disagree: false, killed: null })).toBe("2 reports");
    const unstated: GroupRange = { group: "unstated", side: null, claim: false, killed: range(4, 5), injured: null };
    expect(eventLabel({ reports: 2, groups: [unstated], disagree: false, killed: range(4, 5) })).toBe("4–5 killed (group not stated)");
  });

  it("gives the dates and the count of reports and sources", () => {
    expect(formatEventDates({ firstDate: "2025-10-15", lastDate: "2025-10-15" })).toBe("2025-10-15");
    expect(formatEventDates({ firstDate: "2025-10-14", lastDate: "2025-10-16" })).toBe("2025-10-14 to 2025-10-16");
    expect(formatEventDates({ firstDate: null, lastDate: null })).toBe("date unknown");
    expect(describeReportCount({ reports: 1, sources: 1 })).toBe("1 report from 1 source");
    expect(describeReportCount({ reports: 4, sources: 3 })).toBe("4 reports from 3 sources");
  });
});
