import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importReports } from "../../src/core/io/import-reports";
import { validateReports, type ValidationIssue } from "../../src/core/io/validate-reports";
import { readRepoJson, readRepoText } from "../support/read-json";
import { cli } from "../support/run-cli";

/**
 * mapbox/geojsonhint's test data: GeoJSON it accepts (good/) and refuses (bad/, each with a .result
 * of its messages). The map reads reports, not any GeoJSON: a good file still gives the map's own
 * refusals (a feature that is not a Point, or has no report properties, each naming the feature and
 * field; a bare geometry, which has no properties to be a report), never a claim that valid GeoJSON
 * is broken. A bad file always gives at least one problem. What each file should give is written
 * below by reading it.
 */
const DIR = "tests/fixtures/interop/geojsonhint";
const TODAY = "2026-12-05";

/** The report properties every feature needs: a feature without them gets one issue each ("got nothing"). */
const REPORT_FIELDS = new Set(["id", "event_date", "time_precision", "event_type", "sub_event_type", "location", "geo_precision", "source", "source_url"]);

type Expected =
  /** JSON.parse refuses it: one file-level issue. */
  | { kind: "json" }
  /** Not a FeatureCollection (nor a Feature, nor a geometry): one file-level issue saying what it is. */
  | { kind: "file"; says: RegExp }
  /** A geometry with no Feature around it: one file-level issue naming its type. */
  | { kind: "bare"; type: string }
  /**
   * Features read one by one (`single`: a lone Feature, read as a collection of one, with a warning). None is a report
   * (none has report properties); `structure`: the issues on other fields than the report properties, exactly.
   */
  | { kind: "features"; count: number; single?: true; structure: [feature: number, field: string, says: RegExp][] };

const notPoint = (feature: number, type: string): [number, string, RegExp] => [feature, "geometry", new RegExp(`must be a Point, got ${type === "null" ? "null" : `"${type}"`}`)];

const GOOD: Record<string, Expected> = {
  "good-feature-with-id": { kind: "features", count: 1, single: true, structure: [] },
  "good-feature-with-string-id": { kind: "features", count: 1, single: true, structure: [] },
  "good-feature": { kind: "features", count: 1, single: true, structure: [] },
  "good-featurecollection-bbox": { kind: "features", count: 2, structure: [] },
  "good-featurecollection-bbox3d": { kind: "features", count: 2, structure: [] },
  "good-featurecollection-extensions": { kind: "features", count: 3, structure: [notPoint(2, "LineString"), notPoint(3, "Polygon")] },
  "good-featurecollection": { kind: "features", count: 3, structure: [notPoint(2, "LineString"), notPoint(3, "Polygon")] },
  "good-geometrycollection": { kind: "bare", type: "GeometryCollection" },
  "good-linestring": { kind: "bare", type: "LineString" },
  "good-multilinestring": { kind: "bare", type: "MultiLineString" },
  "good-multipoint": { kind: "bare", type: "MultiPoint" },
  "good-point-3d": { kind: "bare", type: "Point" },
  "good-point": { kind: "bare", type: "Point" },
  "good-polygon": { kind: "bare", type: "Polygon" },
  issue82: { kind: "bare", type: "MultiPolygon" },
  multipolygon: { kind: "bare", type: "MultiPolygon" },
  nullgeometry: { kind: "features", count: 1, structure: [notPoint(1, "null")] },
  nullproperties: { kind: "features", count: 1, structure: [[1, "properties", /must be an object, got null/]] },
};

const BAD: Record<string, Expected> = {
  // {"type": "FeatureCollection", "type": "Feature", "features": []}: JSON.parse keeps the last "type".
  "bad-duplicate-properties": { kind: "features", count: 1, single: true, structure: [[1, "geometry", /has no "geometry"/], [1, "properties", /must be an object, got nothing/]] },
  "bad-featurelist": { kind: "bare", type: "Polygon" },
  "bad-json": { kind: "json" },
  "bad-object-type": { kind: "file", says: /FeatureCollection.*"type" \{\}/ },
  "bad-polygon-interiorring-rhr": { kind: "bare", type: "Polygon" },
  "bad-polygonloop": { kind: "features", count: 1, single: true, structure: [notPoint(1, "Polygon")] },
  "bad-properties-as-array": { kind: "features", count: 1, single: true, structure: [notPoint(1, "null"), [1, "properties", /must be an object, got \[\]/]] },
  badcoord: { kind: "bare", type: "Point" },
  badcoordtype: { kind: "features", count: 1, structure: [notPoint(1, "MultiPolygon")] },
  badfeature: { kind: "features", count: 1, structure: [[1, "", /must be a GeoJSON Feature object, got null/]] },
  // The feature's "id": {} is not read (a report's id is its property "id"): only the missing report properties are said.
  badfeatureid: { kind: "features", count: 1, structure: [] },
  "bbox-4or6elements": { kind: "bare", type: "Point" },
  "bbox-contains-string": { kind: "bare", type: "Point" },
  "bbox-string": { kind: "bare", type: "Point" },
  "different-first-last": { kind: "bare", type: "Polygon" },
  "different-first-size": { kind: "bare", type: "MultiPolygon" },
  excessive_precision_truncated: { kind: "bare", type: "LineString" },
  expected_object: { kind: "features", count: 1, single: true, structure: [notPoint(1, "null"), [1, "properties", /must be an object, got 123/]] },
  false: { kind: "bare", type: "GeometryCollection" },
  // "features" and "coordinates" inside a Feature are not read; the point is, and the report properties are missing.
  feature_changed_semantics: { kind: "features", count: 1, single: true, structure: [] },
  "featurecollection-obj": { kind: "file", says: /array of features.*got \{\}/ },
  "featurecollection-type-case": { kind: "file", says: /"type" "featurecollection"/ },
  featurecollection: { kind: "file", says: /array of features.*it has none/ },
  featurecollection_changed_semantics: { kind: "features", count: 3, structure: [notPoint(2, "LineString"), notPoint(3, "Polygon")] },
  geometry_changed_semantics: { kind: "bare", type: "Point" },
  geometrycollection_nested: { kind: "bare", type: "GeometryCollection" },
  geometrycollection_single: { kind: "bare", type: "GeometryCollection" },
  multiple_problems: {
    kind: "features",
    count: 4,
    structure: [[1, "geometry", /coordinates must be numbers, got text/], [3, "type", /must be "Feature", got "Foo"/], [4, "type", /must be "Feature", got "Foo"/]],
  },
  "multipoint-multidimension": { kind: "bare", type: "MultiPoint" },
  "multipoint-nondimension": { kind: "bare", type: "MultiPoint" },
  nofeaturetype: { kind: "features", count: 1, structure: [[1, "type", /must be "Feature", got "Featre"/]] },
  notype: { kind: "file", says: /an object with no "type"/ },
  "point-labeled-as-a-multipolygon": { kind: "features", count: 1, single: true, structure: [notPoint(1, "MultiPolygon")] },
  "point-string": { kind: "bare", type: "Point" },
  "point-toofew": { kind: "bare", type: "Point" },
  "point-toomany": { kind: "bare", type: "Point" },
  point: { kind: "bare", type: "Point" },
  polygon_winding_order: { kind: "bare", type: "Polygon" },
  rootstring: { kind: "file", says: /FeatureCollection.*got null/ },
  "short-line": { kind: "bare", type: "LineString" },
  "short-linearring": { kind: "bare", type: "Polygon" },
  "short-multilinestring": { kind: "bare", type: "MultiLineString" },
  stringcoord: { kind: "features", count: 2, structure: [[1, "geometry", /coordinates must be numbers, got text/]] },
  unknowntype: { kind: "file", says: /"type" "FooBar"/ },
};

const filesIn = (folder: string) =>
  readdirSync(new URL(`../../${DIR}/${folder}`, import.meta.url))
    .filter((f) => f.endsWith(".geojson"))
    .map((f) => f.replace(/\.geojson$/, ""))
    .sort();

const isError = (i: ValidationIssue) => i.severity !== "warning";

/** The issues the app should give for the file, as `expected` says. */
function checkIssues(issues: ValidationIssue[], expected: Expected, reportsKept: number) {
  expect(reportsKept).toBe(0);
  const fileLevel = issues.filter((i) => i.feature === null);
  if (expected.kind !== "features") {
    expect(issues).toHaveLength(1);
    const [issue] = fileLevel;
    expect(issue?.severity).toBeUndefined();
    if (expected.kind === "json") expect(issue!.message).toMatch(/^is not valid JSON/);
    if (expected.kind === "file") expect(issue!.message).toMatch(expected.says);
    if (expected.kind === "bare") expect(issue!.message).toMatch(new RegExp(`^is a bare GeoJSON ${expected.type}, with no properties`));
    return;
  }
  // A lone Feature: one warning for the file and nothing else about it.
  expect(fileLevel.map((i) => i.severity)).toEqual(expected.single ? ["warning"] : []);
  // Every feature is refused, and every issue names a feature (1..count) and a field (or "" for a feature that is no object).
  const features = issues.filter((i) => i.feature !== null);
  expect(new Set(features.filter(isError).map((i) => i.feature))).toEqual(new Set(Array.from({ length: expected.count }, (_, k) => k + 1)));
  for (const i of features) expect(typeof i.field).toBe("string");
  // Besides the report properties, exactly the structure issues written for the file.
  const structure = features.filter((i) => !REPORT_FIELDS.has(i.field));
  expect(structure.map((i) => [i.feature, i.field])).toEqual(expected.structure.map(([f, field]) => [f, field]));
  structure.forEach((issue, k) => expect(issue.message).toMatch(expected.structure[k]![2]));
  // A feature with an object for properties but none of a report's gets exactly "got nothing" for each report field.
  for (const i of features.filter((i) => REPORT_FIELDS.has(i.field))) expect(i.message).toMatch(/got nothing$/);
}

describe("geojsonhint's test data through the map's reader and `validate`", () => {
  it("has an expectation for every file, and a .result for every bad one", () => {
    expect(filesIn("good")).toEqual(Object.keys(GOOD).sort());
    expect(filesIn("bad")).toEqual(Object.keys(BAD).sort());
    for (const name of Object.keys(BAD)) {
      const messages = readRepoJson<{ message: string }[]>(`${DIR}/bad/${name}.result`);
      // excessive_precision_truncated: geojsonhint warns of its 10 decimals only when asked (precisionWarning), so its .result is empty.
      if (name === "excessive_precision_truncated") expect(messages).toEqual([]);
      else expect(messages.length, name).toBeGreaterThan(0);
    }
  });

  for (const [folder, table] of [["good", GOOD], ["bad", BAD]] as const) {
    for (const [name, expected] of Object.entries(table)) {
      const path = `${DIR}/${folder}/${name}.geojson`;
      it(`${folder}/${name}: ${expected.kind === "features" ? `${expected.count} feature(s) refused, each named` : expected.kind === "bare" ? `a bare ${expected.type}, said for the file` : "one problem for the file"}`, async () => {
        const text = readRepoText(path);
        const read = importReports(text, `${name}.geojson`, { today: TODAY });
        expect(read.format).toBe("geojson");
        checkIssues(read.issues, expected, read.reports.length);
        if (folder === "bad") expect(read.issues.filter(isError).length).toBeGreaterThan(0);

        // The command line: a file-level refusal stops (2) with one line naming the file; features refused finish with 3.
        const { status, stdout, stderr } = await cli("validate", path);
        if (expected.kind === "features") {
          expect(status).toBe(3);
          expect(stdout.split("\n")[0]).toBe(`0 valid, ${expected.count} invalid`);
          expect(stderr).toBe("");
        } else {
          expect(status).toBe(2);
          expect(stdout).toBe("");
          expect(stderr).toBe(`error: ${path}: ${read.issues[0]!.message}\n`);
        }
      });
    }
  }

  it("no good file gets an issue that calls its GeoJSON broken", () => {
    // Allowed on valid GeoJSON: the lone-Feature warning, the bare-geometry refusal, "must be a Point, got <type or null>",
    // properties null (a report needs them), and the report properties missing.
    for (const name of Object.keys(GOOD)) {
      const { issues } = importReports(readRepoText(`${DIR}/good/${name}.geojson`), `${name}.geojson`, { today: TODAY });
      for (const i of issues) {
        const allowed =
          (i.feature === null && (i.severity === "warning" || /^is a bare GeoJSON/.test(i.message))) ||
          (i.field === "geometry" && /^must be a Point, got ("\w+"|null)$/.test(i.message)) ||
          (i.field === "properties" && i.message === "must be an object, got null") ||
          (REPORT_FIELDS.has(i.field) && /got nothing$/.test(i.message));
        expect(allowed, `${name}: ${i.field}: ${i.message}`).toBe(true);
      }
    }
  });
});

describe("geojsonhint's bad Points inside an otherwise valid report", () => {
  // A report written by hand with every property the map needs (Spin Boldak), to carry each file's geometry.
  const report = {
    type: "Feature",
    properties: {
      id: "interop-1",
      event_date: "2025-11-06",
      time_precision: 1,
      event_type: "Explosions/Remote violence",
      sub_event_type: "Shelling/artillery/missile attack",
      location: "Spin Boldak",
      geo_precision: 1,
      source: "test",
      source_url: "https://example.org/report",
    },
  };
  const read = (geometry: unknown) => validateReports({ type: "FeatureCollection", features: [{ ...report, geometry }] }, { today: TODAY });

  it("keeps the report with a good Point (the carrier itself is valid)", () => {
    expect(read({ type: "Point", coordinates: [66.4, 31.0] }).reports).toHaveLength(1);
    expect(read(readRepoJson(`${DIR}/good/good-point-3d.geojson`)).reports).toHaveLength(1);
  });

  const refused: [name: string, says: RegExp][] = [
    ["point-toofew", /at least two elements/], // [2]
    ["point-string", /coordinates must be numbers/], // ["foo", 2]
    ["badcoord", /coordinates must be numbers/], // [1, 2, "f"]
    ["bbox-4or6elements", /bbox/], // bbox [1, 2, 3]
    ["bbox-string", /bbox/], // bbox "string"
    ["bbox-contains-string", /bbox/], // bbox [1, 2, 3, "4"]
  ];
  for (const [name, says] of refused) {
    it(`refuses it with ${name}'s geometry, on the field "geometry"`, () => {
      const { reports, issues } = read(readRepoJson(`${DIR}/bad/${name}.geojson`));
      expect(reports).toHaveLength(0);
      expect(issues.map((i) => [i.feature, i.field])).toEqual([[1, "geometry"]]);
      expect(issues[0]!.message).toMatch(says);
    });
  }

  it("keeps it with point-toomany's [2, 4, 6, 8] and geometry_changed_semantics' extra members, read as longitude and latitude", () => {
    // geojsonhint gives a 4-element position only a "message"-level note (RFC 7946: SHOULD NOT), and members a Point
    // should not have are not read: the position is. Both are places in the map's sense.
    for (const name of ["point-toomany", "geometry_changed_semantics"]) {
      const { reports } = read(readRepoJson(`${DIR}/bad/${name}.geojson`));
      expect(reports.map((r) => r.geometry.coordinates)).toEqual([name === "point-toomany" ? [2, 4] : [100, 0]]);
    }
  });
});
