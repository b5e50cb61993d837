import { describe, expect, it } from "vitest";
import { DEFAULT_EVENT_PARAMS, eventReportFromFeature, eventsToGeoJson, groupEvents, type EventReport } from "../../src/core/events/events";
import { parseReports } from "../../src/core/io/validate-reports";
import { readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const { reports } = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY });
const seed = reports.map(eventReportFromFeature);
const idsOn = (date: string) => seed.filter((r) => r.date === date).map((r) => r.id);

describe("the seed reports grouped with the default parameters", () => {
  const { eventOf, events } = groupEvents(seed);
  const eventWith = (id: string) => events.find((e) => e.reportIds.includes(id))!;

  it("make one event of each day's accounts, as a reader would", () => {
    // The issue: the accounts of 2025-11-06 in Spin Boldak and Weesh one event, those of
    // 2025-10-15 another (Spin Boldak and Chaman across the crossing), those of 2025-12-05 a third.
    for (const date of ["2025-11-06", "2025-10-15", "2025-12-05"]) {
      const ids = idsOn(date);
      expect(ids.length, date).toBeGreaterThanOrEqual(2);
      expect(eventWith(ids[0]!).reportIds.sort(), date).toEqual([...ids].sort());
    }
    // Kurram, 2025-10-14, is 400 km away: an event of its own.
    expect(eventWith("2025-10-14-kurram-ptv").reportIds).toEqual(["2025-10-14-kurram-ptv"]);
    expect(events.length).toBe(4);
    expect(new Set(eventOf).size).toBe(4);
  });

  it("give 2025-10-15 the range across its sources and say they disagree", () => {
    const e = eventWith("2025-10-15-spin-boldak-mujahid");
    // Killed: 12 (Mujahid), 15 (officials via AFP), 4 (CNN-News18, Chaman side), 15–20 (Pakistan Army).
    expect(e.killed).toMatchObject({ min: 4, max: 20, sources: 4, disagree: true });
    // Injured: 100, 80, 4; the army gives none.
    expect(e.injured).toMatchObject({ min: 4, max: 100, sources: 3, disagree: true });
    expect(e.sources).toBe(4);
    expect(e.disagree).toBe(true);
    expect([e.firstDate, e.lastDate]).toEqual(["2025-10-15", "2025-10-15"]);
  });

  it("give an event its centroid and extent from its reports' places", () => {
    const e = eventWith("2025-12-05-chaman-dawn");
    const members = seed.filter((r) => e.reportIds.includes(r.id));
    const lons = members.map((r) => r.lon);
    const lats = members.map((r) => r.lat);
    expect(e.extent).toEqual([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
    expect(e.centroid[0]).toBeCloseTo(lons.reduce((a, b) => a + b) / lons.length, 10);
    expect(e.centroid[1]).toBeCloseTo(lats.reduce((a, b) => a + b) / lats.length, 10);
  });

  it("split 2025-11-06 in two when the distance allowed is below Weesh's 6.5 km from Spin Boldak", () => {
    const { events: tight } = groupEvents(seed, { ...DEFAULT_EVENT_PARAMS, epsKm: 3 });
    const weesh = tight.find((e) => e.reportIds.includes("2025-11-06-weesh-homes-article"))!;
    expect(weesh.reportIds).toEqual(["2025-11-06-weesh-homes-article"]);
  });
});

describe("figures across sources", () => {
  const report = (id: string, killed: number | null, extra: Partial<EventReport> = {}): EventReport => ({
    id,
    lon: 66.4,
    lat: 31,
    date: "2025-10-15",
    timePrecision: 1,
    source: id,
    killed,
    injured: null,
    ...extra,
  });

  it("do not disagree when every source that gives a figure gives the same one", () => {
    const { events } = groupEvents([report("a", 5), report("b", 5), report("c", null)]);
    expect(events[0]!.killed).toMatchObject({ min: 5, max: 5, sources: 2, disagree: false });
    expect(events[0]!.injured).toBeNull();
    expect(events[0]!.disagree).toBe(false);
  });

  it("count a range as disagreeing with a single figure inside it, and keep 'at least'", () => {
    const { events } = groupEvents([report("a", 15, { killedMax: 20 }), report("b", 15), report("c", 21, { killedAtLeast: true })]);
    expect(events[0]!.killed).toMatchObject({ min: 15, max: 21, atLeast: true, disagree: true });
  });

  it("count one source once however many reports it gives", () => {
    const { events } = groupEvents([report("a", 5, { source: "X" }), report("b", 6, { source: "X" })]);
    expect(events[0]!.sources).toBe(1);
  });

  it("are written as GeoJSON points at the centroids with every figure", () => {
    const { events } = groupEvents([report("a", 15, { killedMax: 20 }), report("b", 12, { injured: 100 })]);
    const geojson = eventsToGeoJson(events);
    expect(geojson.features).toHaveLength(1);
    expect(geojson.features[0]!.properties).toMatchObject({
      event_id: "E1",
      reports: 2,
      report_ids: "a;b",
      killed_min: 12,
      killed_max: 20,
      injured_min: 100,
      injured_max: 100,
      sources_disagree: true,
    });
  });
});
