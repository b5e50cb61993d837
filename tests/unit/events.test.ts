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

  it("give 2025-10-15 each group's range from its own sources, and keep the army's claim apart from the civilian toll", () => {
    const e = eventWith("2025-10-15-spin-boldak-mujahid");
    // By hand from incident-sources.md (C1–C4): Afghan civilians killed 12 (Mujahid) and 15 (officials via AFP);
    // injured 80+ women and children (AFP: civilians) and, of no stated group, 100+ (Mujahid) and 4 (CNN-News18);
    // 4 Pakistani security officials killed (CNN-News18); 15–20 Afghan fighters, the Pakistan Army's claim.
    const group = (name: string, side: string | null, claim = false) => e.groups.find((g) => g.group === name && g.side === side && g.claim === claim);
    expect(group("civilians", "AF")?.killed).toMatchObject({ min: 12, max: 15, sources: 2, disagree: true });
    expect(group("civilians", "AF")?.injured).toMatchObject({ min: 80, max: 80, atLeast: true, sources: 1, disagree: false });
    expect(group("security_forces", "PK")?.killed).toMatchObject({ min: 4, max: 4, sources: 1, disagree: false });
    expect(group("security_forces", "AF", true)?.killed).toMatchObject({ min: 15, max: 20, sources: 1, disagree: false });
    expect(group("security_forces", "AF", false)).toBeUndefined();
    expect(group("unstated", null)?.injured).toMatchObject({ min: 4, max: 100, atLeast: true, sources: 2 });
    expect(e.groups).toHaveLength(4);
    // All groups, the claim left out: 12 + 4 = 16 at the fewest, 15 + 4 = 19 at the most (never 4–20).
    expect(e.killed).toMatchObject({ min: 16, max: 19 });
    expect(e.sources).toBe(4);
    // The disagreement is between the two civilian tolls alone.
    expect(e.disagree).toBe(true);
    expect([e.firstDate, e.lastDate]).toEqual(["2025-10-15", "2025-10-15"]);
  });

  it("say no source disagrees on 2025-12-05, where no account states a group", () => {
    const e = eventWith("2025-12-05-chaman-dawn");
    expect(e.groups.map((g) => g.group)).toEqual(["unstated"]);
    expect(e.killed).toMatchObject({ min: 4, max: 5 });
    expect(e.disagree).toBe(false);
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
  const report = (id: string, casualties: EventReport["casualties"], extra: Partial<EventReport> = {}): EventReport => ({
    id,
    lon: 66.4,
    lat: 31,
    date: "2025-10-15",
    timePrecision: 1,
    source: id,
    casualties,
    ...extra,
  });

  it("do not disagree when every source that gives a figure for a group gives the same one", () => {
    const { events } = groupEvents([report("a", { civilians_killed: 5 }), report("b", { civilians_killed: 5 }), report("c", {})]);
    expect(events[0]!.groups).toEqual([{ group: "civilians", side: null, claim: false, killed: { min: 5, max: 5, atLeast: false, sources: 2, disagree: false }, injured: null }]);
    expect(events[0]!.injured).toBeNull();
    expect(events[0]!.disagree).toBe(false);
  });

  it("never set one group's figure against another's, nor a side's against the other side's", () => {
    const { events } = groupEvents([
      report("a", { civilians_killed: 12, civilians_side: "AF" }),
      report("b", { security_forces_killed: 4, security_forces_side: "PK" }),
      report("c", { civilians_killed: 3, civilians_side: "PK" }),
      report("d", { militants_killed: 30 }),
    ]);
    expect(events[0]!.groups.map((g) => [g.group, g.side, g.killed?.min])).toEqual([
      ["civilians", "AF", 12],
      ["civilians", "PK", 3],
      ["security_forces", "PK", 4],
      ["militants", null, 30],
    ]);
    expect(events[0]!.disagree).toBe(false);
    expect(events[0]!.killed).toMatchObject({ min: 49, max: 49 });
  });

  it("count a range as disagreeing with a single figure inside it, and keep 'at least'", () => {
    const { events } = groupEvents([
      report("a", { civilians_killed: 15, civilians_killed_max: 20 }),
      report("b", { civilians_killed: 15 }),
      report("c", { civilians_killed: 21, civilians_killed_at_least: true }),
    ]);
    expect(events[0]!.groups[0]!.killed).toMatchObject({ min: 15, max: 21, atLeast: true, disagree: true });
    expect(events[0]!.disagree).toBe(true);
  });

  it("do not say figures of no stated group disagree, and count them only where they exceed the stated groups", () => {
    const { events } = groupEvents([report("a", { unstated_killed: 5 }), report("b", { unstated_killed: 1 }), report("c", { civilians_killed: 3 })]);
    expect(events[0]!.disagree).toBe(false);
    // Civilians 3; no stated group 1–5, perhaps the same people: at the fewest 3, at the most 5.
    expect(events[0]!.killed).toMatchObject({ min: 3, max: 5 });
  });

  it("keep a side's figure for the other side's forces as a claim, apart from that side's own figure", () => {
    const { events } = groupEvents([
      report("army", { security_forces_killed: 15, security_forces_killed_max: 20, security_forces_side: "AF", source_side: "PK" }),
      report("ministry", { security_forces_killed: 2, security_forces_side: "AF", source_side: "AF" }),
    ]);
    const [own, claim] = events[0]!.groups;
    expect([own!.claim, own!.killed?.min, claim!.claim, claim!.killed?.max]).toEqual([false, 2, true, 20]);
    expect(events[0]!.disagree).toBe(false);
    expect(events[0]!.killed).toMatchObject({ min: 2, max: 2 });
  });

  it("count one source once however many reports it gives", () => {
    const { events } = groupEvents([report("a", { unstated_killed: 5 }, { source: "X" }), report("b", { unstated_killed: 6 }, { source: "X" })]);
    expect(events[0]!.sources).toBe(1);
  });

  it("are written as GeoJSON points at the centroids with every figure", () => {
    const { events } = groupEvents([report("a", { civilians_killed: 15, civilians_killed_max: 20 }), report("b", { civilians_killed: 12, unstated_injured: 100 })]);
    const geojson = eventsToGeoJson(events);
    expect(geojson.features).toHaveLength(1);
    expect(geojson.features[0]!.properties).toMatchObject({
      event_id: "E1",
      reports: 2,
      report_ids: "a;b",
      killed_min: 12,
      killed_max: 20,
      civilians_killed_min: 12,
      civilians_killed_max: 20,
      security_forces_killed_min: null,
      injured_min: 100,
      injured_max: 100,
      sources_disagree: true,
    });
  });
});
