import { describe, expect, it } from "vitest";
import { alongBorderPoints, dayNumber, isoDay, selectAlongBorder } from "../../src/core/view/along-border-chart";
import { parseReports } from "../../src/core/io/validate-reports";
import { readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const { reports } = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY });
const byId = (id: string) => reports.find((r) => r.properties.id === id)!;

describe("alongBorderPoints", () => {
  it("skips reports with no position along the border and keeps input order", () => {
    const along = new Map([
      ["2025-10-15-spin-boldak-mujahid", 747.5],
      ["2025-10-14-kurram-ptv", 1700],
    ]);
    expect(alongBorderPoints(reports, along).map((p) => p.id)).toEqual(["2025-10-15-spin-boldak-mujahid", "2025-10-14-kurram-ptv"]);
  });

  it("draws a day as a day, a week as seven days and a month as the month", () => {
    const week = byId("2025-11-06-weesh-homes-article");
    const [point] = alongBorderPoints([week], new Map([[week.properties.id, 749]]));
    expect([isoDay(point!.dayFrom), isoDay(point!.dayTo)]).toEqual(["2025-11-03", "2025-11-09"]);
    const month = { ...week, properties: { ...week.properties, time_precision: 3 as const } };
    const [m] = alongBorderPoints([month], new Map([[week.properties.id, 749]]));
    expect([isoDay(m!.dayFrom), isoDay(m!.dayTo)]).toEqual(["2025-11-01", "2025-11-30"]);
    const day = byId("2025-10-15-spin-boldak-mujahid");
    const [d] = alongBorderPoints([day], new Map([[day.properties.id, 747]]));
    expect(d!.dayFrom).toBe(d!.dayTo);
    expect(isoDay(d!.dayFrom)).toBe("2025-10-15");
  });
});

describe("selectAlongBorder", () => {
  const points = [
    { id: "a", dayFrom: dayNumber("2025-10-15"), dayTo: dayNumber("2025-10-15"), alongKm: 747, subEventType: "x" },
    { id: "b", dayFrom: dayNumber("2025-11-03"), dayTo: dayNumber("2025-11-09"), alongKm: 749, subEventType: "x" },
    { id: "c", dayFrom: dayNumber("2025-10-14"), dayTo: dayNumber("2025-10-14"), alongKm: 1700, subEventType: "x" },
  ];

  it("keeps the points on the stretch, in either order of its ends", () => {
    expect(selectAlongBorder(points, { kmFrom: 800, kmTo: 700, dayFrom: null, dayTo: null })).toEqual(["a", "b"]);
  });

  it("keeps a span that overlaps the period, and drops what lies outside it", () => {
    const period = { kmFrom: 0, kmTo: 2000, dayFrom: dayNumber("2025-11-08"), dayTo: dayNumber("2025-11-20") };
    expect(selectAlongBorder(points, period)).toEqual(["b"]);
    expect(selectAlongBorder(points, { ...period, dayFrom: dayNumber("2025-10-14"), dayTo: dayNumber("2025-10-14") })).toEqual(["c"]);
  });

  it("treats an open end of the period as no limit", () => {
    expect(selectAlongBorder(points, { kmFrom: 0, kmTo: 2000, dayFrom: dayNumber("2025-11-01"), dayTo: null })).toEqual(["b"]);
    expect(selectAlongBorder(points, { kmFrom: 0, kmTo: 2000, dayFrom: null, dayTo: dayNumber("2025-10-14") })).toEqual(["c"]);
  });
});
