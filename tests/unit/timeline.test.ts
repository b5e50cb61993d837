import { describe, expect, it } from "vitest";
import { buildTimeline, DAILY_UP_TO_DAYS, nextPlayStart, playWindow } from "../../src/core/view/timeline";
import { dayNumber } from "../../src/core/reports/report-time";
import { parseReports } from "../../src/core/io/validate-reports";
import { readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const seed = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY }).reports.map((r) => r.properties);

describe("the timeline", () => {
  const t = buildTimeline(seed)!;

  it("counts every report once: whole in its day, or spread over the days of its week or month", () => {
    const total = t.bins.reduce((n, b) => n + b.exact + b.spread, 0);
    expect(total).toBeCloseTo(seed.length, 9);
    expect(t.bins.reduce((n, b) => n + b.exact, 0)).toBe(seed.filter((p) => p.time_precision === 1).length);
  });

  it("puts a day's reports in that day, and never a week's report whole in one day", () => {
    expect(t.binDays).toBe(1);
    const oct15 = t.bins.find((b) => b.day === dayNumber("2025-10-15"))!;
    expect(oct15.exact).toBe(seed.filter((p) => p.event_date === "2025-10-15" && p.time_precision === 1).length);
    const weekly = seed.filter((p) => p.time_precision === 2).length;
    expect(weekly).toBeGreaterThan(0);
    for (const b of t.bins) expect(b.spread).toBeLessThanOrEqual(weekly / 7 + 1e-9);
  });

  it("draws a long period a week a bin", () => {
    const long = [
      { event_date: "2024-01-01", time_precision: 1 as const },
      { event_date: "2025-06-30", time_precision: 1 as const },
    ];
    const w = buildTimeline(long)!;
    expect(w.last - w.first + 1).toBeGreaterThan(DAILY_UP_TO_DAYS);
    expect(w.binDays).toBe(7);
    expect(w.bins.reduce((n, b) => n + b.exact, 0)).toBe(2);
    expect(buildTimeline([])).toBeNull();
  });

  it("moves a playback window of the chosen width until it passes the end", () => {
    expect(playWindow(dayNumber("2025-10-15"), 7)).toEqual(["2025-10-15", "2025-10-21"]);
    expect(nextPlayStart(10, 7, 20)).toBe(17);
    expect(nextPlayStart(17, 7, 20)).toBeNull();
  });
});
