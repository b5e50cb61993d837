import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importReports } from "../../src/core/io/import-reports";
import { parseAcledCsv } from "../../src/core/io/import-acled-csv";
import { parseKml } from "../../src/core/io/import-kml";
import { parseReports, validateReports } from "../../src/core/io/validate-reports";
import { reportsToCsv, reportsToGeoJson } from "../../src/core/io/export-reports";
import { decodeViewState, encodeViewState, type ViewState } from "../../src/core/view/url-state";
import { NO_FILTER } from "../../src/core/view/report-filter";
import { readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

/**
 * Property-based tests (fast-check), a fixed seed and number of runs so that
 * `npm test` runs the same cases every time: no input makes the parsers, the
 * validator or the link codec throw, and what is encoded decodes the same.
 */
const RUNS = { seed: 20261127, numRuns: 300 };
const seed = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY }).reports;
const choices = { layerGroups: ["basemap", "bands", "durand", "kp", "places", "reports"], basemaps: ["offline", "osm"], views: ["reports", "clusters", "events"] };

/** Text that looks a little like the formats (their punctuation and words), and anything else. */
const texty = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...'{}[]":,\n\r;<>/=&#%\uFEFF latitudelongitudePlacemarkFeature0123456789.-'.split("")), maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 200 }),
);

describe("no input makes a reader throw", () => {
  it("importReports, whatever the text and the file's name", () => {
    fc.assert(
      fc.property(texty, fc.constantFrom("a.csv", "a.geojson", "a.kml", "a.json", "a", "a.txt"), (text, name) => {
        const result = importReports(text, name, { today: TODAY });
        expect(Array.isArray(result.reports) && Array.isArray(result.issues)).toBe(true);
      }),
      RUNS,
    );
  });

  it("each reader on its own", () => {
    fc.assert(
      fc.property(texty, (text) => {
        parseAcledCsv(text, { today: TODAY });
        parseKml(text, { today: TODAY });
        parseReports(text, { today: TODAY });
      }),
      RUNS,
    );
  });

  it("validateReports, whatever JSON value it is given", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        validateReports(value, { today: TODAY });
        validateReports({ type: "FeatureCollection", features: [value] }, { today: TODAY });
      }),
      RUNS,
    );
  });

  it("validateReports on seed reports with one property replaced by anything: the report kept only if the property is still valid", () => {
    const keys = Object.keys(seed[0]!.properties);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seed.length - 1 }), fc.constantFrom(...keys), fc.jsonValue(), (i, key, value) => {
        const feature = { ...seed[i]!, properties: { ...seed[i]!.properties, [key]: value } };
        const { reports, issues } = validateReports({ type: "FeatureCollection", features: [feature] }, { today: TODAY });
        expect(reports.length + (issues.length > 0 ? 1 : 0)).toBeGreaterThanOrEqual(1);
        if (reports.length === 0) expect(issues.some((issue) => issue.feature === 1)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("what is written reads back", () => {
  /** Seed reports with text fields replaced by arbitrary text (formula characters, quotes, line breaks, any script). */
  const reportsWithText = fc.array(
    fc.record({
      index: fc.integer({ min: 0, max: seed.length - 1 }),
      location: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ""),
      notes: fc.option(fc.string({ maxLength: 120 }).filter((s) => s.trim() !== ""), { nil: null }),
      source: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ""),
    }),
    { minLength: 1, maxLength: 8 },
  );

  it("the CSV export, through the CSV import, gives the same reports", () => {
    fc.assert(
      fc.property(reportsWithText, (changes) => {
        const reports = changes.map((c, k) => {
          const r = seed[c.index]!;
          const properties = { ...r.properties, id: `r${k}`, location: c.location.trim(), notes: c.notes === null ? null : c.notes.trim(), source: c.source.trim() };
          return { ...r, properties };
        });
        const rows = reports.map((r) => ({ properties: r.properties, lon: r.geometry.coordinates[0]!, lat: r.geometry.coordinates[1]! }));
        const back = parseAcledCsv(reportsToCsv(rows), { today: TODAY });
        expect(back.issues).toEqual([]);
        expect(back.reports).toEqual(reports);
        expect(parseReports(JSON.stringify(reportsToGeoJson(rows)), { today: TODAY }).reports).toEqual(reports);
      }),
      RUNS,
    );
  });

  it("a view state, through the link, is the same state", () => {
    const names = fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 });
    const state = fc.record(
      {
        camera: fc.record({
          lon: fc.double({ min: -180, max: 180, noNaN: true }).map((x) => Number(x.toFixed(5))),
          lat: fc.double({ min: -85, max: 85, noNaN: true }).map((x) => Number(x.toFixed(5))),
          zoom: fc.double({ min: 0, max: 22, noNaN: true }).map((x) => Number(x.toFixed(2))),
          bearing: fc.constantFrom(0, 20.5, -45),
          pitch: fc.constantFrom(0, 30),
        }),
        selected: fc.string({ minLength: 1, maxLength: 50 }),
        event: fc.integer({ min: 1, max: 99999 }).map((n) => `E${n}`),
        sources: names,
        subs: names,
        killed: fc.integer({ min: 0, max: 9_999_999 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(state, (s) => {
        const view: ViewState = {
          filter: { ...NO_FILTER, sources: s.sources ?? null, subEventTypes: s.subs ?? null, killedAtLeast: s.killed ?? null },
          ...(s.camera ? { camera: { ...s.camera, lon: Object.is(s.camera.lon, -0) ? 0 : s.camera.lon, lat: Object.is(s.camera.lat, -0) ? 0 : s.camera.lat } } : {}),
          ...(s.selected ? { selected: s.selected } : {}),
          ...(s.event ? { event: s.event } : {}),
        };
        const back = decodeViewState(encodeViewState(view), choices);
        expect(back.problems).toEqual([]);
        expect(back.state).toEqual(view);
      }),
      RUNS,
    );
  });

  it("decoding any text gives a state and sentences, never an exception", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.webFragments(), fc.string({ unit: "binary", maxLength: 100 })), (hash) => {
        const { state, problems } = decodeViewState(hash, choices);
        expect(state.filter).toBeDefined();
        expect(problems.every((p) => typeof p === "string")).toBe(true);
      }),
      RUNS,
    );
  });
});
