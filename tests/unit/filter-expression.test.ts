import { featureFilter, type ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import type { Feature, FeatureCollection, Point } from "geojson";
import { filterExpression } from "../../src/map/report-filter-expression";
import { FILTER_KEYS, NO_FILTER, reportMatches, type FilterFacts, type FilterGroup, type ReportFilter } from "../../src/core/view/report-filter";
import { filterFactsOf, type BorderFacts } from "../../src/core/view/border-facts";
import { toDisplayCollection, withBorderFacts, type DisplayProperties } from "../../src/core/view/display-reports";
import type { AlongBorderSelection } from "../../src/core/view/along-border-chart";
import { dayNumber, isoDay } from "../../src/core/reports/report-time";
import { NAMED_GROUPS, type ReportFeature } from "../../src/core/reports/report";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";
import { parseReports } from "../../src/core/io/validate-reports";
import { readRepoText } from "../support/read-json";
import { line } from "../support/project-border";
import { seededRandom } from "../support/seeded-random";
import { TODAY } from "../support/today";

/**
 * The map filters the drawn reports with `filterExpression(filter)`, evaluated
 * by MapLibre; the panel counts them with `reportMatches`. Here MapLibre's own
 * evaluator (`featureFilter` of the style spec) runs the expression on the
 * drawn properties, and the two must keep exactly the same reports.
 */

const seed = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY }).reports;
const synthetic = syntheticReports(3_000, { anchors: line, seed: 31 }).features;
const reports: ReportFeature[] = [...seed, ...synthetic];
const properties = reports.map((r) => r.properties);
const n = reports.length;

/** Whole kilometres to the border (and whole hundreds of km along it) for some reports, so that the filters' inclusive ends are met exactly. */
function seededFacts(count: number, seedNumber: number): BorderFacts {
  const random = seededRandom(seedNumber);
  const distancesM = new Float64Array(count);
  const alongKm = new Float64Array(count);
  const sides: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = random();
    distancesM[i] = d < 0.07 ? Number.NaN : d < 0.08 ? Number.POSITIVE_INFINITY : d < 0.25 ? Math.floor(random() * 40) * 1000 : random() * 80_000;
    const a = random();
    alongKm[i] = a < 0.07 ? Number.NaN : a < 0.25 ? Math.floor(random() * 27) * 100 : random() * 2_640;
    const s = random();
    sides.push(s < 0.45 ? "AF" : s < 0.9 ? "PK" : "none");
  }
  return { distancesM, sides, alongKm, borderKm: 2_640 };
}

const facts = seededFacts(n, 32);
/** Drawn before the facts come (its own copy: `withBorderFacts` updates properties in place). */
const unmeasured = toDisplayCollection(reports);
const measured = withBorderFacts(toDisplayCollection(reports), facts);
const unmeasuredFacts = filterFactsOf(properties, null);
const measuredFacts = filterFactsOf(properties, facts);

interface Drawn {
  display: FeatureCollection<Point, DisplayProperties>;
  facts: readonly FilterFacts[];
}
const MEASURED: Drawn = { display: measured, facts: measuredFacts };
const UNMEASURED: Drawn = { display: unmeasured, facts: unmeasuredFacts };

/** A drawn report as MapLibre's evaluator reads it: a point (type 1) with its properties. */
const asMapFeature = (f: Feature<Point, DisplayProperties>) => ({ type: 1 as const, properties: f.properties as unknown as Record<string, unknown> });

/** Ids of the reports an expression keeps, as MapLibre evaluates it (null: no filter, every report). */
function keptByExpression(expression: ExpressionSpecification | null, drawn: Drawn): string[] {
  // MapLibre takes a null filter (`setFilter(id, null)`) as none: every feature passes.
  const compiled = featureFilter(expression ?? undefined, "layers[reports].filter");
  return drawn.display.features.filter((f) => compiled.filter({ zoom: 10 }, asMapFeature(f))).map((f) => f.properties.id);
}

/** Ids of the reports the core's predicate keeps. */
function keptByCore(filter: ReportFilter, drawn: Drawn): string[] {
  return properties.filter((p, i) => reportMatches(filter, p, drawn.facts[i])).map((p) => p.id);
}

/** The expression with every operator `from` replaced by `to` (a deliberately wrong filter). */
function replaceOperator(expression: unknown, from: string, to: string): ExpressionSpecification {
  const walk = (e: unknown): unknown => (Array.isArray(e) ? (e[0] === "literal" ? e : e.map((x, i) => (i === 0 && x === from ? to : walk(x)))) : e);
  return walk(expression) as ExpressionSpecification;
}

/** The expression without its `has` guards (each made `true`): a filter that forgets unmeasured reports have no value. */
function withoutHasGuards(expression: unknown): ExpressionSpecification {
  const walk = (e: unknown): unknown => (Array.isArray(e) ? (e[0] === "has" ? true : e[0] === "literal" ? e : e.map(walk)) : e);
  return walk(expression) as ExpressionSpecification;
}

// Values drawn from the data, so that the cases meet real reports.
const dayOf = (iso: string) => dayNumber(iso);
const weekReport = measured.features.find((f) => f.properties.time_precision === 2 && Number.isFinite(f.properties.border_along_km))!.properties;
const monthReport = measured.features.find((f) => f.properties.time_precision === 3 && !f.properties.event_date.endsWith("-01"))!.properties;
const dayInsideWeek = isoDay(dayOf(weekReport.event_date) + 2);
const seedSource = seed[0]!.properties.source;

type Expect = "some" | "none" | "any";
interface Case {
  name: string;
  filter: ReportFilter;
  /** What the core keeps on the measured reports: some but not all (the default), none, or either. */
  keeps?: Expect;
  /** Ids the filter must keep (a report known only to the week or month, say). */
  includes?: string[];
}

const along = (a: AlongBorderSelection): ReportFilter => ({ ...NO_FILTER, along: a });

/** Cases for every filter alone; typed by filter, so that a filter added to the core without a case here does not compile. */
const SINGLE: Record<FilterGroup, Case[]> = {
  dateFrom: [
    { name: "from a day on", filter: { ...NO_FILTER, dateFrom: "2025-03-14" } },
    { name: "up to a day", filter: { ...NO_FILTER, dateTo: "2024-08-09" } },
    { name: "a period", filter: { ...NO_FILTER, dateFrom: "2024-05-01", dateTo: "2024-06-15" } },
    { name: "one day inside a week-precision report's week, not its date", filter: { ...NO_FILTER, dateFrom: dayInsideWeek, dateTo: dayInsideWeek }, includes: [weekReport.id] },
    { name: "the first day of a month-precision report's month", filter: { ...NO_FILTER, dateFrom: monthReport.day_from, dateTo: monthReport.day_from }, includes: [monthReport.id] },
    { name: "the last day of a month-precision report's month", filter: { ...NO_FILTER, dateFrom: monthReport.day_to, dateTo: monthReport.day_to }, includes: [monthReport.id] },
    { name: "a period that ends before it starts", filter: { ...NO_FILTER, dateFrom: "2025-01-10", dateTo: "2024-12-01" }, keeps: "none" },
  ],
  eventTypes: [
    { name: "one event type", filter: { ...NO_FILTER, eventTypes: ["Battles"] } },
    { name: "no event type", filter: { ...NO_FILTER, eventTypes: [] }, keeps: "none" },
  ],
  subEventTypes: [
    { name: "one sub-event type", filter: { ...NO_FILTER, subEventTypes: ["Armed clash"] } },
    { name: "two sub-event types", filter: { ...NO_FILTER, subEventTypes: ["Shelling/artillery/missile attack", "Air/drone strike"] } },
  ],
  killedAtLeast: [
    { name: "at least 0 killed (a known figure)", filter: { ...NO_FILTER, killedAtLeast: 0 } },
    { name: "at least 7 killed", filter: { ...NO_FILTER, killedAtLeast: 7 } },
    { name: "more killed than any report", filter: { ...NO_FILTER, killedAtLeast: 10_000 }, keeps: "none" },
  ],
  injuredAtLeast: [
    { name: "at least 0 injured (a known figure)", filter: { ...NO_FILTER, injuredAtLeast: 0 } },
    { name: "at least 12 injured", filter: { ...NO_FILTER, injuredAtLeast: 12 } },
  ],
  sources: [
    { name: "a seed report's source", filter: { ...NO_FILTER, sources: [seedSource] } },
    { name: "two synthetic sources", filter: { ...NO_FILTER, sources: ["Synthetic source 3", "Synthetic source 17"] } },
    { name: "a source no report has", filter: { ...NO_FILTER, sources: ["nobody"] }, keeps: "none" },
  ],
  sides: [
    { name: "the Afghan side", filter: { ...NO_FILTER, sides: ["AF"] } },
    { name: "the Pakistani side or neither", filter: { ...NO_FILTER, sides: ["PK", "none"] } },
    { name: "neither country", filter: { ...NO_FILTER, sides: ["none"] } },
    { name: "no side", filter: { ...NO_FILTER, sides: [] }, keeps: "none" },
  ],
  distanceFromKm: [
    { name: "from 10 km on (the far end open)", filter: { ...NO_FILTER, distanceFromKm: 10 } },
    { name: "within 5 km (the near end open)", filter: { ...NO_FILTER, distanceToKm: 5 } },
    { name: "from 5 to 20 km", filter: { ...NO_FILTER, distanceFromKm: 5, distanceToKm: 20 } },
    { name: "exactly 7 km", filter: { ...NO_FILTER, distanceFromKm: 7, distanceToKm: 7 } },
    { name: "within 0 km", filter: { ...NO_FILTER, distanceToKm: 0 } },
    { name: "a band that ends before it starts", filter: { ...NO_FILTER, distanceFromKm: 20, distanceToKm: 5 }, keeps: "none" },
    { name: "certainly within 5 km", filter: { ...NO_FILTER, distanceToKm: 5, distanceMode: "certainly" } },
    { name: "certainly from 10 km on", filter: { ...NO_FILTER, distanceFromKm: 10, distanceMode: "certainly" } },
    { name: "certainly from 5 to 40 km", filter: { ...NO_FILTER, distanceFromKm: 5, distanceToKm: 40, distanceMode: "certainly" } },
    { name: "certainly within 0 km (no report's range is a point)", filter: { ...NO_FILTER, distanceToKm: 0, distanceMode: "certainly" }, keeps: "none" },
    { name: "certainly, a band that ends before it starts", filter: { ...NO_FILTER, distanceFromKm: 20, distanceToKm: 5, distanceMode: "certainly" }, keeps: "none" },
  ],
  geoPrecisions: [
    { name: "geographic precision 1", filter: { ...NO_FILTER, geoPrecisions: [1] } },
    { name: "geographic precision 2 or 3", filter: { ...NO_FILTER, geoPrecisions: [2, 3] } },
  ],
  timePrecisions: [
    { name: "known to the week", filter: { ...NO_FILTER, timePrecisions: [2] } },
    { name: "known to the month", filter: { ...NO_FILTER, timePrecisions: [3] } },
    { name: "known to the day or the month", filter: { ...NO_FILTER, timePrecisions: [1, 3] } },
  ],
  along: [
    { name: "a stretch and a period", filter: along({ kmFrom: 300, kmTo: 900, dayFrom: dayOf("2024-06-01"), dayTo: dayOf("2025-02-01") }) },
    { name: "a stretch drawn from its far end", filter: along({ kmFrom: 900, kmTo: 300, dayFrom: dayOf("2024-06-01"), dayTo: dayOf("2025-02-01") }) },
    { name: "a period drawn from its end", filter: along({ kmFrom: 300, kmTo: 900, dayFrom: dayOf("2025-02-01"), dayTo: dayOf("2024-06-01") }) },
    { name: "both drawn backwards", filter: along({ kmFrom: 1_700, kmTo: 1_200, dayFrom: dayOf("2025-07-31"), dayTo: dayOf("2024-02-29") }) },
    { name: "a stretch with the period's start open", filter: along({ kmFrom: 1_000, kmTo: 1_500, dayFrom: null, dayTo: dayOf("2024-09-30") }) },
    { name: "a stretch with the period's end open", filter: along({ kmFrom: 1_000, kmTo: 1_500, dayFrom: dayOf("2025-04-15"), dayTo: null }) },
    { name: "a stretch from the Iran tripoint, any time", filter: along({ kmFrom: 0, kmTo: 400, dayFrom: null, dayTo: null }) },
    { name: "one point of the border, any time", filter: along({ kmFrom: 300, kmTo: 300, dayFrom: null, dayTo: null }) },
    {
      name: "around a week-precision report, on a day of its week that is not its date",
      filter: along({ kmFrom: weekReport.border_along_km! - 1, kmTo: weekReport.border_along_km! + 1, dayFrom: dayOf(dayInsideWeek), dayTo: dayOf(dayInsideWeek) }),
      includes: [weekReport.id],
    },
  ],
};
const singleCases = FILTER_KEYS.flatMap((key) => SINGLE[key].map((c) => ({ key, ...c })));

/** Filters the measuring sets: they keep no report before it is measured. */
const FACT_KEYS: readonly FilterGroup[] = ["sides", "distanceFromKm", "along"];

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn");
});
afterEach(() => {
  // MapLibre warns (and lets nothing through) when an expression fails at run time: a type error, a missing value.
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

describe("the drawn reports the compiled filter expression is tried on", () => {
  it("mix seed and synthetic reports, day, week and month precision, sides, and measured, whole-kilometre and unmeasured distances", () => {
    expect(seed.length).toBeGreaterThan(0);
    expect(new Set(properties.map((p) => p.time_precision))).toEqual(new Set([1, 2, 3]));
    expect(new Set(properties.map((p) => p.geo_precision)).size).toBeGreaterThan(1);
    const drawn = measured.features.map((f) => f.properties);
    expect(new Set(drawn.map((p) => p.border_side))).toEqual(new Set(["AF", "PK", "none"]));
    expect(drawn.filter((p) => p.border_distance_m === undefined).length).toBeGreaterThan(100);
    expect(drawn.filter((p) => p.border_along_km === undefined).length).toBeGreaterThan(100);
    expect(drawn.filter((p) => p.border_distance_m !== undefined && Number.isInteger(p.border_distance_m / 1000)).length).toBeGreaterThan(100);
    expect(unmeasured.features.every((f) => !("border_side" in f.properties) && !("border_distance_m" in f.properties) && !("border_along_km" in f.properties))).toBe(true);
    expect(Object.keys(SINGLE).sort()).toEqual([...FILTER_KEYS].sort());
  });
});

describe("the compiled MapLibre filter expression keeps exactly the reports reportMatches keeps", () => {
  it("keeps every report when no filter is set (a null expression)", () => {
    expect(filterExpression(NO_FILTER)).toBeNull();
    expect(keptByExpression(null, MEASURED)).toHaveLength(n);
    expect(keptByCore(NO_FILTER, MEASURED)).toHaveLength(n);
  });

  it.each(singleCases)("$key alone, $name", ({ filter, keeps = "some", includes = [] }) => {
    const expected = keptByCore(filter, MEASURED);
    expect(keptByExpression(filterExpression(filter), MEASURED)).toEqual(expected);
    // The comparison is not vacuous: the filter keeps some reports and drops others (or, where said, none).
    if (keeps === "some") {
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(n);
    }
    if (keeps === "none") expect(expected).toEqual([]);
    for (const id of includes) expect(expected).toContain(id);
  });

  it.each(singleCases)("before the facts are measured, $key alone ($name) agrees too, and a side, distance or along filter keeps nothing", ({ key, filter }) => {
    const expected = keptByCore(filter, UNMEASURED);
    expect(keptByExpression(filterExpression(filter), UNMEASURED)).toEqual(expected);
    if (FACT_KEYS.includes(key)) expect(expected).toEqual([]);
    else expect(expected).toEqual(keptByCore(filter, MEASURED));
  });

  it("agrees on 400 seeded combinations of filters, measured and not", () => {
    const random = seededRandom(33);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const someOf = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => random() < p);
    const distinct = <T>(read: (p: (typeof properties)[number]) => T) => [...new Set(properties.map(read))];
    const [eventTypes, subEventTypes, sources, geo, time] = [
      distinct((p) => p.event_type),
      distinct((p) => p.sub_event_type),
      distinct((p) => p.source),
      distinct((p) => p.geo_precision),
      distinct((p) => p.time_precision),
    ];
    const firstDay = dayOf("2023-12-01");
    const day = () => firstDay + Math.floor(random() * 800);
    const km = () => (random() < 0.5 ? Math.floor(random() * 27) * 100 : random() * 2_700);
    const on = (p = 0.3) => random() < p;
    let some = 0;
    let several = 0;
    for (let k = 0; k < 400; k++) {
      const f: ReportFilter = {
        dateFrom: on() ? isoDay(day()) : null,
        dateTo: on() ? isoDay(day()) : null,
        eventTypes: on(0.2) ? someOf(eventTypes, 0.6) : null,
        subEventTypes: on() ? someOf(subEventTypes, 0.6) : null,
        killedAtLeast: on() ? Math.floor(random() * 12) : null,
        injuredAtLeast: on(0.2) ? Math.floor(random() * 12) : null,
        casualtyGroup: on(0.5) ? pick(NAMED_GROUPS) : null,
        sources: on(0.15) ? [seedSource, ...someOf(sources, 0.5)] : null,
        sides: on() ? someOf(["AF", "PK", "none", "XX"], 0.6) : null,
        distanceFromKm: on() ? pick([0, 1, 2.5, 5, 10, 20, 39]) : null,
        distanceToKm: on() ? pick([0, 3, 5, 10, 25, 50, 100]) : null,
        distanceMode: pick(["possibly", "certainly"] as const),
        geoPrecisions: on(0.2) ? someOf(geo, 0.6) : null,
        timePrecisions: on(0.2) ? someOf(time, 0.6) : null,
        along: on() ? { kmFrom: km(), kmTo: km(), dayFrom: on(0.7) ? day() : null, dayTo: on(0.7) ? day() : null } : null,
      };
      const expression = filterExpression(f);
      for (const drawn of [MEASURED, UNMEASURED]) {
        const expected = keptByCore(f, drawn);
        const kept = keptByExpression(expression, drawn);
        if (kept.join() !== expected.join()) expect({ filter: f, kept }).toEqual({ filter: f, kept: expected });
        if (drawn === MEASURED && expected.length > 0 && expected.length < n) {
          some++;
          if (FILTER_KEYS.filter((key) => f[key] !== null).length >= 3) several++;
        }
      }
    }
    // Most combinations keep some reports and drop others, many of them with three filters or more.
    expect(some).toBeGreaterThan(150);
    expect(several).toBeGreaterThan(50);
  });
});

describe("the comparison catches a wrong expression", () => {
  /** Whether a changed expression keeps other reports than the core, on some case of a filter. */
  const disagreesOn = (key: FilterGroup, change: (e: ExpressionSpecification) => ExpressionSpecification) =>
    SINGLE[key].some(({ filter }) => keptByExpression(change(filterExpression(filter)!), MEASURED).join() !== keptByCore(filter, MEASURED).join());

  it.each(["dateFrom", "killedAtLeast", "injuredAtLeast", "distanceFromKm", "along"] as const)("%s: with > for >=, some report on an end is lost", (key) => {
    expect(disagreesOn(key, (e) => replaceOperator(e, ">=", ">"))).toBe(true);
  });

  it.each(["dateFrom", "distanceFromKm", "along"] as const)("%s: with < for <=, some report on an end is lost", (key) => {
    expect(disagreesOn(key, (e) => replaceOperator(e, "<=", "<"))).toBe(true);
  });

  it.each(["distanceFromKm", "along"] as const)("%s: without the has guard, unmeasured reports count as 0 km and are kept", (key) => {
    expect(disagreesOn(key, withoutHasGuards)).toBe(true);
    const unmeasuredKept = (filter: ReportFilter) => keptByExpression(withoutHasGuards(filterExpression(filter)!), UNMEASURED);
    expect(SINGLE[key].some(({ filter }) => unmeasuredKept(filter).length > 0)).toBe(true);
  });

  it("dates: comparing the wrong ends of a report's span loses week and month reports", () => {
    const swapDays = (e: unknown): ExpressionSpecification => {
      const walk = (x: unknown): unknown =>
        Array.isArray(x) ? (x[0] === "get" && x[1] === "day_to" ? ["get", "day_from"] : x[0] === "get" && x[1] === "day_from" ? ["get", "day_to"] : x.map(walk)) : x;
      return walk(e) as ExpressionSpecification;
    };
    expect(disagreesOn("dateFrom", swapDays)).toBe(true);
    expect(disagreesOn("along", swapDays)).toBe(true);
  });
});
