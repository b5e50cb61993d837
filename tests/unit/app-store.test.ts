import { describe, expect, it } from "vitest";
import { AppStore } from "../../src/state/app-store";
import type { Dataset } from "../../src/data/load-reports";
import { FILTER_KEYS, NO_FILTER, reportMatches, type FilterFacts, type FilterGroup, type ReportFilter } from "../../src/core/view/report-filter";
import type { BorderFacts } from "../../src/core/view/border-facts";
import { DISTANCE_MODES } from "../../src/core/view/distance-band";
import { buildTimeline, playWindow } from "../../src/core/view/timeline";
import { alongBorderPoints } from "../../src/core/view/along-border-chart";
import { dayNumber, isoDay } from "../../src/core/reports/report-time";
import type { ReportFeature, ReportProperties } from "../../src/core/reports/report";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";
import { line } from "../support/project-border";
import { seededRandom } from "../support/seeded-random";

/**
 * The page's store, in Node (it reads no DOM): what it derives from the
 * reports, their border facts and the view (the shown result, the timeline,
 * the sides) against brute-force definitions, and how its actions change the
 * view and tell the subscribers.
 */

const synthetic = (count: number, seed: number): ReportFeature[] => syntheticReports(count, { anchors: line, seed }).features;
const datasetOf = (reports: ReportFeature[]): Dataset => ({ name: "synthetic", reports, issues: [] });

/** Seeded border facts: some distances and positions unmeasured (NaN), some on whole kilometres. */
function seededFacts(count: number, seed: number): BorderFacts {
  const random = seededRandom(seed);
  const distancesM = new Float64Array(count);
  const alongKm = new Float64Array(count);
  const sides: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = random();
    distancesM[i] = d < 0.08 ? Number.NaN : d < 0.25 ? Math.floor(random() * 40) * 1000 : random() * 80_000;
    const a = random();
    alongKm[i] = a < 0.08 ? Number.NaN : random() * 2_640;
    const s = random();
    sides.push(s < 0.45 ? "AF" : s < 0.9 ? "PK" : "none");
  }
  return { distancesM, sides, alongKm, borderKm: 2_640 };
}

/** What the filters read of report i, made here from the facts themselves (an unmeasured value: undefined). */
const factsAt = (facts: BorderFacts | null, i: number): FilterFacts => {
  if (!facts) return {};
  const measured = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x : undefined);
  return { side: facts.sides[i], distanceM: measured(facts.distancesM[i]), alongKm: measured(facts.alongKm[i]) };
};

/** The filter with only one group set (the dates together, the two ends of the distance band together). */
function alone(f: ReportFilter, key: FilterGroup): ReportFilter {
  if (key === "dateFrom") return { ...NO_FILTER, dateFrom: f.dateFrom, dateTo: f.dateTo };
  if (key === "distanceFromKm") return { ...NO_FILTER, distanceFromKm: f.distanceFromKm, distanceToKm: f.distanceToKm, distanceMode: f.distanceMode };
  return { ...NO_FILTER, [key]: f[key] };
}

/** The shown result by brute force: each report tried with reportMatches. */
function bruteForceShown(f: ReportFilter, reports: readonly ReportFeature[], facts: BorderFacts | null) {
  const matches = (g: ReportFilter) => reports.map((r, i) => reportMatches(g, r.properties, factsAt(facts, i)));
  const all = matches(f);
  return {
    total: reports.length,
    kept: all.filter(Boolean).length,
    mask: Uint8Array.from(all, (m) => (m ? 1 : 0)),
    byFilter: Object.fromEntries(FILTER_KEYS.map((key) => [key, matches(alone(f, key)).filter(Boolean).length])),
    byDistanceMode: Object.fromEntries(DISTANCE_MODES.map((m) => [m, matches(alone({ ...f, distanceMode: m }, "distanceFromKm")).filter(Boolean).length])),
    // 0: kept; 1 + i: stopped by FILTER_KEYS[i] alone; 255: by two or more.
    missed: Uint8Array.from(reports, (r, i) => {
      const stoppedBy = FILTER_KEYS.flatMap((key, k) => (reportMatches(alone(f, key), r.properties, factsAt(facts, i)) ? [] : [k]));
      return stoppedBy.length === 0 ? 0 : stoppedBy.length === 1 ? 1 + stoppedBy[0]! : 255;
    }),
  };
}

/** The chart along the border by brute force: what every filter but its selection keeps, placed with alongBorderPoints. */
function bruteForceAlong(f: ReportFilter, reports: readonly ReportFeature[], facts: BorderFacts) {
  const others = { ...f, along: null };
  const plotted = reports.filter((r, i) => reportMatches(others, r.properties, factsAt(facts, i)));
  const index = new Map(reports.map((r, i) => [r, i]));
  return alongBorderPoints(plotted, new Map(plotted.map((r) => [r.properties.id, facts.alongKm[index.get(r)!]!])));
}

/** The timeline by brute force: what every filter but the dates keeps. */
function bruteForceTimeline(f: ReportFilter, reports: readonly ReportFeature[], facts: BorderFacts | null) {
  const undated = { ...f, dateFrom: null, dateTo: null };
  const kept: ReportProperties[] = reports.filter((r, i) => reportMatches(undated, r.properties, factsAt(facts, i))).map((r) => r.properties);
  return buildTimeline(kept);
}

/** A store with the reports loaded and their facts measured. */
function loadedStore(reports: ReportFeature[], facts: BorderFacts): AppStore {
  const store = new AppStore({ filter: NO_FILTER });
  store.setDataset(datasetOf(reports));
  store.setFacts(reports, { facts });
  return store;
}

const reports = synthetic(2_000, 41);
const facts = seededFacts(reports.length, 42);

/** A seeded change to some filters (each field set, cleared or left as it is). */
function randomChange(random: () => number): Partial<ReportFilter> {
  const change: Partial<ReportFilter> = {};
  const touch = () => random() < 0.3;
  // As often cleared as set, so that the filters do not pile up into keeping nothing.
  const set = () => random() < 0.5;
  const day = () => dayNumber("2023-12-15") + Math.floor(random() * 760);
  const someOf = <T>(xs: readonly T[]) => xs.filter(() => random() < 0.6);
  if (touch()) change.dateFrom = set() ? isoDay(day() - 200) : null;
  if (touch()) change.dateTo = set() ? isoDay(day() + 200) : null;
  if (touch()) change.eventTypes = set() ? someOf(["Battles", "Explosions/Remote violence"]) : null;
  if (touch()) change.subEventTypes = set() ? someOf(["Armed clash", "Air/drone strike", "Shelling/artillery/missile attack"]) : null;
  if (touch()) change.killedAtLeast = set() ? Math.floor(random() * 10) : null;
  if (touch()) change.injuredAtLeast = set() ? Math.floor(random() * 10) : null;
  if (random() < 0.1) change.sources = set() ? Array.from({ length: 1 + Math.floor(random() * 15) }, () => `Synthetic source ${1 + Math.floor(random() * 40)}`) : null;
  if (touch()) change.sides = set() ? someOf(["AF", "PK", "none"]) : null;
  if (touch()) change.distanceFromKm = set() ? Math.floor(random() * 20) : null;
  if (touch()) change.distanceToKm = set() ? 5 + Math.floor(random() * 50) : null;
  if (touch()) change.distanceMode = random() < 0.5 ? "possibly" : "certainly";
  // Synthetic reports are all placed to geographic precision 1.
  if (random() < 0.1) change.geoPrecisions = set() ? [1, ...someOf([2, 3])] : null;
  if (touch()) change.timePrecisions = set() ? someOf([1, 2, 3]) : null;
  if (touch()) change.along = set() ? { kmFrom: random() * 2_640, kmTo: random() * 2_640, dayFrom: random() < 0.3 ? null : day(), dayTo: random() < 0.3 ? null : day() } : null;
  return change;
}

describe("the shown result", () => {
  it("is, for 60 seeded changes of the filters, the mask, kept, total and per-filter counts that reportMatches gives report by report", () => {
    const store = loadedStore(reports, facts);
    const random = seededRandom(43);
    let filter: ReportFilter = { ...NO_FILTER };
    let partial = 0;
    for (let k = 0; k < 60; k++) {
      // Cleared now and then, so that the filters do not pile up into keeping nothing.
      if (k % 6 === 5) {
        store.clearFilters();
        filter = { ...NO_FILTER };
      }
      const change = randomChange(random);
      store.setFilter(change);
      filter = { ...filter, ...change };
      const { view, shown } = store.getState();
      expect(view.filter).toEqual(filter);
      expect(shown).toEqual(bruteForceShown(filter, reports, facts));
      if (shown.kept > 0 && shown.kept < reports.length) partial++;
    }
    // Not vacuous: many of the filters keep some reports and drop others.
    expect(partial).toBeGreaterThan(25);
  });

  it("holds before the facts are measured too, when the side, distance and along filters keep nothing", () => {
    const store = new AppStore({ filter: NO_FILTER });
    store.setDataset(datasetOf(reports));
    const f: ReportFilter = { ...NO_FILTER, killedAtLeast: 2, sides: ["AF"], distanceToKm: 30, along: { kmFrom: 0, kmTo: 2_640, dayFrom: null, dayTo: null } };
    store.setFilter(f);
    const { shown, facts: none, factsStatus, sides } = store.getState();
    expect([none, factsStatus, sides]).toEqual([null, { state: "measuring" }, null]);
    expect(shown).toEqual(bruteForceShown(f, reports, null));
    expect([shown.kept, shown.byFilter.sides, shown.byFilter.distanceFromKm, shown.byFilter.along]).toEqual([0, 0, 0, 0]);
    expect(shown.byFilter.killedAtLeast).toBeGreaterThan(0);
    // The facts come: the same filter now keeps reports, as reportMatches says.
    store.setFacts(reports, { facts });
    expect(store.getState().shown).toEqual(bruteForceShown(f, reports, facts));
    expect(store.getState().shown.kept).toBeGreaterThan(0);
  });

  it("counts the reports on each side once measured", () => {
    const store = loadedStore(reports, facts);
    const counted: Record<string, number> = { AF: 0, PK: 0, none: 0 };
    for (const side of facts.sides) counted[side]! += 1;
    expect(store.getState().sides).toEqual(counted);
  });
});

describe("clearing the filters", () => {
  const every: ReportFilter = {
    dateFrom: "2024-02-01",
    dateTo: "2025-06-30",
    eventTypes: ["Battles", "Explosions/Remote violence"],
    subEventTypes: ["Armed clash", "Shelling/artillery/missile attack"],
    killedAtLeast: 1,
    injuredAtLeast: 0,
    casualtyGroup: "civilians",
    sources: ["Synthetic source 4", "Synthetic source 9"],
    sides: ["PK", "none"],
    distanceFromKm: 2,
    distanceToKm: 40,
    distanceMode: "certainly",
    geoPrecisions: [1],
    timePrecisions: [1, 2],
    along: { kmFrom: 1_800, kmTo: 200, dayFrom: dayNumber("2025-01-01"), dayTo: null },
  };
  const cases: [string, Partial<ReportFilter>][] = [
    ["every filter", every],
    ['the bands\' "within 10 km"', { distanceToKm: 10 }],
    ["the chart's selection along the border", { along: { kmFrom: 500, kmTo: 900, dayFrom: null, dayTo: dayNumber("2024-09-01") } }],
    ["the timeline's period", { dateFrom: "2024-03-01", dateTo: "2024-03-14" }],
  ];

  it.each(cases)("clears %s, and every report is shown again", (_, change) => {
    const store = loadedStore(reports, facts);
    store.setFilter(change);
    expect(store.getState().shown.kept).toBeLessThan(reports.length);
    store.clearFilters();
    const { view, shown, timeline } = store.getState();
    // Every filter off, and the distance band's mode back to its default.
    expect(Object.entries(view.filter).every(([k, v]) => (k === "distanceMode" ? v === "possibly" : v === null))).toBe(true);
    expect(Object.keys(view.filter).sort()).toEqual([...FILTER_KEYS, "dateTo", "distanceToKm", "distanceMode", "casualtyGroup"].sort());
    expect(shown.kept).toBe(reports.length);
    expect(shown.mask.every((m) => m === 1)).toBe(true);
    expect(Object.values(shown.byFilter).every((count) => count === reports.length)).toBe(true);
    expect(timeline).toEqual(buildTimeline(reports.map((r) => r.properties)));
  });

  it("leaves NO_FILTER itself untouched, so that a later filter starts from nothing set", () => {
    const store = loadedStore(reports, facts);
    store.clearFilters();
    store.setFilter({ sides: ["AF"] });
    expect(Object.entries(NO_FILTER).every(([k, v]) => (k === "distanceMode" ? v === "possibly" : v === null))).toBe(true);
    expect(store.getState().view.filter).toEqual({ ...NO_FILTER, sides: ["AF"] });
  });
});

describe("the timeline", () => {
  it("is made of what every filter but the dates keeps", () => {
    const store = loadedStore(reports, facts);
    const random = seededRandom(44);
    let filter: ReportFilter = { ...NO_FILTER };
    let drawn = 0;
    for (let k = 0; k < 30; k++) {
      if (k % 6 === 5) {
        store.clearFilters();
        filter = { ...NO_FILTER };
      }
      const change = randomChange(random);
      store.setFilter(change);
      filter = { ...filter, ...change };
      const expected = bruteForceTimeline(filter, reports, facts);
      expect(store.getState().timeline).toEqual(expected);
      if (expected !== null) drawn++;
    }
    // Not vacuous: most of them keep some reports.
    expect(drawn).toBeGreaterThan(12);
    // The dates change the shown reports, not the timeline.
    store.setFilter({ dateFrom: "2024-05-01", dateTo: "2024-05-31" });
    expect(store.getState().timeline).toEqual(bruteForceTimeline(filter, reports, facts));
  });

  it("is the same object while only the dates change (playback), and a new one when another filter changes", () => {
    const store = loadedStore(reports, facts);
    store.setFilter({ sides: ["AF", "PK"], killedAtLeast: 1 });
    const before = store.getState().timeline;
    expect(before).toEqual(bruteForceTimeline(store.getState().view.filter, reports, facts));
    const start = dayNumber("2024-03-01");
    const keptCounts = new Set<number>();
    for (let step = 0; step < 12; step++) {
      const [dateFrom, dateTo] = playWindow(start + step * 30, 30);
      store.setFilter({ dateFrom, dateTo });
      keptCounts.add(store.getState().shown.kept);
      expect(store.getState().timeline).toBe(before);
    }
    // The steps did change what is shown.
    expect(keptCounts.size).toBeGreaterThan(1);
    store.setFilter({ dateFrom: null, dateTo: null });
    expect(store.getState().timeline).toBe(before);

    store.setFilter({ killedAtLeast: 3 });
    const after = store.getState().timeline;
    expect(after).not.toBe(before);
    expect(after).toEqual(bruteForceTimeline(store.getState().view.filter, reports, facts));
    store.setFilter({ along: { kmFrom: 100, kmTo: 1_300, dayFrom: null, dayTo: null } });
    expect(store.getState().timeline).not.toBe(after);
    expect(store.getState().timeline).toEqual(bruteForceTimeline(store.getState().view.filter, reports, facts));
  });

  it("is made again when the facts come", () => {
    const store = new AppStore({ filter: NO_FILTER });
    store.setDataset(datasetOf(reports));
    store.setFilter({ distanceToKm: 20 });
    expect(store.getState().timeline).toBeNull();
    store.setFacts(reports, { facts });
    expect(store.getState().timeline).toEqual(bruteForceTimeline(store.getState().view.filter, reports, facts));
  });
});

describe("the chart along the border", () => {
  it("plots the measured reports every filter but its own selection keeps, for 30 seeded changes", () => {
    const store = loadedStore(reports, facts);
    const random = seededRandom(45);
    let plottedSome = 0;
    for (let k = 0; k < 30; k++) {
      if (k % 6 === 5) store.clearFilters();
      store.setFilter(randomChange(random));
      if (k % 3 === 0) store.setFilter({ along: { kmFrom: random() * 1_000, kmTo: 1_000 + random() * 1_600, dayFrom: null, dayTo: null } });
      const expected = bruteForceAlong(store.getState().view.filter, reports, facts);
      expect(store.getState().alongPlotted).toEqual(expected);
      if (expected.length > 0) plottedSome++;
    }
    expect(plottedSome).toBeGreaterThan(12);
  });

  it("is the same list while only its selection changes, and plots nothing before the facts come", () => {
    const store = new AppStore({ filter: NO_FILTER });
    store.setDataset(datasetOf(reports));
    expect(store.getState().alongPlotted).toEqual([]);
    store.setFacts(reports, { facts });
    const before = store.getState().alongPlotted;
    expect(before.length).toBe(reports.filter((_, i) => Number.isFinite(facts.alongKm[i])).length);
    store.setFilter({ along: { kmFrom: 200, kmTo: 900, dayFrom: null, dayTo: null } });
    expect(store.getState().alongPlotted).toBe(before);
    expect(store.getState().shown.kept).toBeLessThan(before.length);
  });
});

describe("the reports in view", () => {
  it("counts the shown reports inside the map's view, for seeded views and filters, and all shown before the map has a view", () => {
    const store = loadedStore(reports, facts);
    const random = seededRandom(46);
    expect(store.getState().inView).toBe(store.getState().shown.kept);
    let someOut = 0;
    for (let k = 0; k < 20; k++) {
      store.setFilter(randomChange(random));
      const [w, s] = [60 + random() * 8, 25 + random() * 8];
      const bounds: [number, number, number, number] = [w, s, w + 1 + random() * 5, s + 1 + random() * 5];
      store.setBounds(bounds);
      const { mask, kept } = store.getState().shown;
      const expected = reports.filter((r, i) => {
        const [lon, lat] = r.geometry.coordinates as [number, number];
        return mask[i] === 1 && lon >= bounds[0] && lon <= bounds[2] && lat >= bounds[1] && lat <= bounds[3];
      }).length;
      expect(store.getState().inView).toBe(expected);
      if (expected < kept) someOut++;
    }
    expect(someOut).toBeGreaterThan(5);
  });
});

describe("facts and datasets", () => {
  it("ignores facts measured for reports no longer loaded", () => {
    const older = synthetic(300, 45);
    const newer = synthetic(400, 46);
    const store = new AppStore({ filter: NO_FILTER });
    store.setDataset(datasetOf(older));
    store.setDataset(datasetOf(newer));
    let told = 0;
    store.subscribe(() => told++);
    store.setFacts(older, { facts: seededFacts(older.length, 47) });
    store.setFacts(older, { failed: "worker gone" });
    const state = store.getState();
    expect(state.facts).toBeNull();
    expect(state.factsStatus).toEqual({ state: "measuring" });
    expect(state.sides).toBeNull();
    expect(state.filterFacts.every((f) => f.side === undefined && f.distanceM === undefined && f.alongKm === undefined)).toBe(true);
    expect(told).toBe(0);
    // The new reports' own facts are taken.
    const newerFacts = seededFacts(newer.length, 48);
    store.setFacts(newer, { facts: newerFacts });
    expect(store.getState().facts).toBe(newerFacts);
    expect(store.getState().factsStatus).toEqual({ state: "ready" });
    expect(told).toBe(1);
  });

  it("drops the facts when another dataset loads, and says when measuring failed", () => {
    const store = loadedStore(reports, facts);
    expect(store.getState().factsStatus).toEqual({ state: "ready" });
    const other = synthetic(100, 49);
    store.setDataset(datasetOf(other));
    expect([store.getState().facts, store.getState().factsStatus, store.getState().sides]).toEqual([null, { state: "measuring" }, null]);
    expect(store.getState().shown.total).toBe(other.length);
    store.setFacts(other, { failed: "out of memory" });
    expect(store.getState().factsStatus).toEqual({ state: "failed", message: "out of memory" });
    store.setDataset(datasetOf([]));
    expect(store.getState().factsStatus).toEqual({ state: "none" });
    expect(store.getState().timeline).toBeNull();
  });
});

describe("subscribers", () => {
  it("are told once per action that changes the state, and not after they unsubscribe", () => {
    const store = new AppStore({ filter: NO_FILTER });
    const small = synthetic(50, 50);
    let told = 0;
    let seen: unknown = null;
    const unsubscribe = store.subscribe(() => {
      told++;
      seen = store.getState();
    });
    const actions: [string, () => void][] = [
      ["setDataset", () => store.setDataset(datasetOf(small))],
      ["setFacts", () => store.setFacts(small, { facts: seededFacts(small.length, 51) })],
      ["setFilter", () => store.setFilter({ killedAtLeast: 2, sides: ["AF"] })],
      ["clearFilters", () => store.clearFilters()],
      ["setCamera", () => store.setCamera({ lon: 69, lat: 33, zoom: 6, bearing: 0, pitch: 0 })],
      ["select", () => store.select(small[0]!.properties.id)],
      ["setReportView", () => store.setReportView("events")],
      ["selectEvent", () => store.selectEvent("E1")],
      ["setLayerVisible", () => store.setLayerVisible("bands", false)],
      ["setDensity", () => store.setDensity(true)],
      ["setEventParams", () => store.setEventParams({ epsKm: 5, epsHours: 48, minPoints: 2 })],
      ["setBandDistances", () => store.setBandDistances([5, 15])],
      ["setBands", () => store.setBands({ state: "computing", distancesKm: [5, 15] })],
      ["setEvents", () => store.setEvents({ state: "computing", reports: small.length })],
      ["setBounds", () => store.setBounds([60, 25, 75, 38])],
      ["setHovered", () => store.setHovered(small[1]!.properties.id)],
      ["setPlaying", () => store.setPlaying(true)],
      ["addNotice", () => store.addNotice("a notice")],
      ["applyView", () => store.applyView({ filter: { ...NO_FILTER, sides: ["PK"] } }, [])],
    ];
    for (const [name, action] of actions) {
      const before = told;
      action();
      expect({ name, told: told - before }).toEqual({ name, told: 1 });
      expect(seen).toBe(store.getState());
    }
    // Actions that change nothing tell no one (applyView above replaced the view: the parameters and bands are set again first).
    store.addNotice("x");
    store.setEventParams({ epsKm: 5, epsHours: 48, minPoints: 2 });
    store.setBandDistances([5, 15]);
    const noChange: [string, () => void][] = [
      ["select (the same)", () => store.select(store.getState().view.selected)],
      ["selectEvent (the same)", () => store.selectEvent(store.getState().view.event)],
      ["setHovered (the same)", () => store.setHovered(store.getState().hovered)],
      ["setPlaying (the same)", () => store.setPlaying(store.getState().playing)],
      ["addNotice (one already there)", () => store.addNotice("x")],
      ["setEventParams (the same)", () => store.setEventParams({ epsKm: 5, epsHours: 48, minPoints: 2 })],
      ["setBandDistances (the same)", () => store.setBandDistances([5, 15])],
      ["setFacts (for other reports)", () => store.setFacts(synthetic(50, 50), { facts: seededFacts(small.length, 51) })],
    ];
    for (const [name, action] of noChange) {
      const before = told;
      action();
      expect({ name, told: told - before }).toEqual({ name, told: 0 });
    }
    unsubscribe();
    const before = told;
    store.setFilter({ killedAtLeast: 1 });
    store.clearFilters();
    expect(told).toBe(before);
  });
});

describe("the view's layers, selection and report view", () => {
  it("keeps the open event through layer and selection changes in the events view, and drops it on leaving that view", () => {
    const store = new AppStore({ filter: NO_FILTER });
    const view = () => store.getState().view;
    store.setReportView("events");
    store.selectEvent("E3");
    expect([view().view, view().event]).toEqual(["events", "E3"]);

    store.setLayerVisible("bands", false);
    store.setLayerVisible("bands", false);
    store.setLayerVisible("places", false);
    expect(view().hidden).toEqual(["bands", "places"]);
    store.setLayerVisible("bands", true);
    expect(view().hidden).toEqual(["places"]);
    store.select("synthetic-41-7");
    expect(view().selected).toBe("synthetic-41-7");
    store.setReportView("events");
    expect([view().view, view().event, view().selected]).toEqual(["events", "E3", "synthetic-41-7"]);

    store.setReportView("clusters");
    expect([view().view, view().event]).toEqual(["clusters", undefined]);
    // Back in the events view, the event left closed is not opened again.
    store.setReportView("events");
    expect([view().view, view().event]).toEqual(["events", undefined]);

    store.selectEvent("E1");
    store.setReportView("reports");
    expect([view().view, view().event]).toEqual([undefined, undefined]);
    expect(view().hidden).toEqual(["places"]);
    expect(view().selected).toBe("synthetic-41-7");
    store.select(undefined);
    expect(view().selected).toBeUndefined();
  });
});
