import Papa from "papaparse";
import type { FeatureCollection, Point } from "geojson";
import { describe, expect, it } from "vitest";
import { reportsToCsv, type ExportRow } from "../../src/core/io/export-reports";
import { CSV_NO_URL_NOTE, parseAcledCsv } from "../../src/core/io/import-acled-csv";
import { DEFAULT_ACCURACY_M, type ReportFeature } from "../../src/core/reports/report";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";
import { formatIssue, parseReports } from "../../src/core/io/validate-reports";
import { readRepoJson, readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

/** ACLED's export columns, in ACLED's order. */
const ACLED_COLUMNS =
  "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp".split(",");

const places = readRepoJson<FeatureCollection<Point, { name: string }>>("geodata/places.geojson").features;
const placeAt = (name: string) => places.find((p) => p.properties.name === name)!.geometry.coordinates;

/** A valid ACLED-style row; a test changes the cells it is about (undefined: no such column). */
const BASE: Record<string, string> = {
  event_id_cnty: "T1",
  event_date: "15 October 2025",
  time_precision: "1",
  event_type: "Battles",
  sub_event_type: "Armed clash",
  country: "Afghanistan",
  location: "Spin Boldak",
  latitude: "31.00575",
  longitude: "66.40001",
  geo_precision: "1",
  source: "Test source",
  notes: "Test row, not an ACLED record",
  fatalities: "0",
};

function csvOf(rows: Record<string, string | undefined>[]): string {
  const records = rows.map((r) => Object.fromEntries(Object.entries({ ...BASE, ...r }).filter(([, v]) => v !== undefined)));
  return Papa.unparse(records, { newline: "\n" }) + "\n";
}

const one = (cells: Record<string, string | undefined>) => parseAcledCsv(csvOf([cells]), { today: TODAY });
const lines = (text: string) => parseAcledCsv(text, { today: TODAY }).issues.map(formatIssue);

describe("an ACLED export with its 31 columns", () => {
  const text = readRepoText("tests/fixtures/acled-export.csv");
  const { reports, issues } = parseAcledCsv(text, { today: TODAY });

  it("is a fixture in ACLED's columns and order", () => {
    expect(Papa.parse(text, { header: true }).meta.fields).toEqual(ACLED_COLUMNS);
  });

  it("keeps every row, each at [longitude, latitude] of the gazetteer's place it names", () => {
    expect(issues).toEqual([]);
    expect(reports.map((r) => r.properties.id)).toEqual(["TESTAF1", "TESTPK1", "TESTPK2", "TESTAF2", "TESTAF3"]);
    for (const r of reports) expect(r.geometry.coordinates).toEqual(placeAt(r.properties.location));
  });

  it("maps ACLED's columns to the report's properties", () => {
    // The first row: "15 October 2025", Afghanistan, 3 fatalities and no killed column, "Civilian targeting" of
    // "Civilians (Afghanistan)", geo_precision 1, no source address.
    expect(reports[0]!.properties).toEqual({
      id: "TESTAF1",
      event_date: "2025-10-15",
      time_precision: 1,
      event_type: "Explosions/Remote violence",
      sub_event_type: "Shelling/artillery/missile attack",
      actor1: "Military Forces of Pakistan (2018-)",
      admin1: "Kandahar",
      admin2: "Spin Boldak",
      location: "Spin Boldak",
      geo_precision: 1,
      source: "Test source A",
      source_url: null,
      source_note: CSV_NO_URL_NOTE,
      notes: "Test row, not an ACLED record: Spin Boldak, with a comma in the note",
      fatalities: 3,
      killed: 3,
      killed_max: null,
      killed_at_least: false,
      injured: null,
      injured_max: null,
      injured_at_least: false,
      accuracy_m: DEFAULT_ACCURACY_M[1],
      country: "AF",
      place_id: null,
      civilians_killed: 3,
      civilians_side: "AF",
    });
    const [, chaman, parachinar] = reports;
    expect([chaman!.properties.event_date, chaman!.properties.country]).toEqual(["2025-10-15", "PK"]);
    expect([parachinar!.properties.time_precision, parachinar!.properties.accuracy_m]).toEqual([2, DEFAULT_ACCURACY_M[2]]);
    expect(parachinar!.properties.notes).toBe('Test row, not an ACLED record: "quoted" words, week precision');
  });
});

describe("a CSV mixing valid and broken rows (BOM, CRLF, a blank line, a quoted line break)", () => {
  const text = readRepoText("tests/fixtures/acled-malformed.csv");
  const { reports, issues } = parseAcledCsv(text, { today: TODAY });

  it("is the fixture it says it is", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(/[^\r]\n/.test(text)).toBe(false);
    expect(text).toContain("\r\n\r\n");
  });

  it("keeps every valid row, the note's line break included", () => {
    expect(reports.map((r) => r.properties.id)).toEqual(["TESTM1", "TESTM6", "TESTM10"]);
    expect(reports[0]!.properties.notes).toBe("Test row, not an ACLED record:\r\nits note runs over two lines");
  });

  it("names the row (records after the header, blank lines not counted) and the field of every problem", () => {
    // The note with a line break is row 1 however many lines it takes; the blank line after row 5 is no row, so TESTM6 is row 6.
    expect(issues.map(formatIssue)).toEqual([
      'Row 2 (id "TESTM2"), field "event_date": is not a day of the calendar (February 2025 has 28 days), got "2025-02-30"',
      'Row 3 (id "TESTM3"), field "latitude": must be a number of decimal degrees from -90 to 90, got "abc"',
      'Row 3 (id "TESTM3"), field "longitude": is empty: a report needs its longitude in decimal degrees, from -180 to 180',
      'Row 4 (id "TESTM4"), field "fatalities": must be a whole number of 0 or more, got -3',
      'Row 5 (id "TESTM5"), field "location": must be a non-empty text, got nothing',
      'Row 7 (id "TESTM1"), field "id": repeats the id of row 1, "TESTM1"',
      'Row 8 (id "TESTM8"), field "latitude": must lie from -90 to 90 degrees, got 95',
      'Row 9 (id "TESTM9"): could not be read as CSV (Too many fields: expected 31 fields but parsed 32); check its quotes and separators',
    ]);
  });
});

describe("reading cells", () => {
  it("auto-detects ; and tab separators, and reads CRLF, a BOM and column names in any case", () => {
    const semicolon = "\uFEFF" + csvOf([{}]).replaceAll(",", ";").replaceAll("\n", "\r\n");
    const tab = csvOf([{}]).replaceAll(",", "\t").replace(/^[^\n]+/, (h) => h.toUpperCase().replaceAll("\t", " \t "));
    for (const text of [semicolon, tab]) {
      const { reports, issues } = parseAcledCsv(text, { today: TODAY });
      expect(issues).toEqual([]);
      expect(reports.map((r) => [r.properties.id, r.geometry.coordinates])).toEqual([["T1", [66.40001, 31.00575]]]);
    }
  });

  it("reads the first of two columns with the same name", () => {
    const [header, row] = csvOf([{}]).split("\n");
    const { reports, issues } = parseAcledCsv(`${header},LATITUDE \n${row},-95\n`, { today: TODAY });
    expect(issues).toEqual([]);
    expect(reports.map((r) => r.geometry.coordinates)).toEqual([[66.40001, 31.00575]]);
  });

  it("keeps commas, quotes and line breaks inside quoted cells", () => {
    const notes = 'Test row, "quoted", with\na line break';
    expect(one({ notes }).reports[0]!.properties.notes).toBe(notes);
  });

  it.each([
    ["", "latitude", 'is empty: a report needs its latitude in decimal degrees, from -90 to 90'],
    ["abc", "latitude", 'must be a number of decimal degrees from -90 to 90, got "abc"'],
    ["NaN", "latitude", 'must be a finite number of decimal degrees from -90 to 90, got "NaN"'],
    ["-Infinity", "latitude", 'must be a finite number of decimal degrees from -90 to 90, got "-Infinity"'],
    ["1e999", "longitude", 'must be a finite number of decimal degrees from -180 to 180, got "1e999"'],
    ["31,00575", "latitude", 'must be a number of decimal degrees written with a point (31.00575), got "31,00575"'],
    ["-90.5", "latitude", "must lie from -90 to 90 degrees, got -90.5"],
    ["181", "longitude", "must lie from -180 to 180 degrees, got 181"],
    ["0x42", "longitude", 'must be a number of decimal degrees from -180 to 180, got "0x42"'],
  ])("refuses the coordinate %j with a problem on its field", (cell, field, message) => {
    const { reports, issues } = one({ [field]: cell });
    expect(reports).toEqual([]);
    expect(issues).toEqual([{ feature: 1, unit: "row", id: "T1", field, message }]);
  });

  it("does not ask whether out-of-range coordinates are swapped: swapped, they are no place of this region either", () => {
    expect(one({ latitude: "100", longitude: "30" }).issues.map((i) => i.message)).toEqual(["must lie from -90 to 90 degrees, got 100"]);
  });

  it("reads whole numbers from text and never turns other text into 0", () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ fatalities: "2.5" }, "fatalities", "must be a whole number of 0 or more, got 2.5"],
      [{ fatalities: "two" }, "fatalities", 'must be a whole number of 0 or more, got "two"'],
      [{ fatalities: "1e999" }, "fatalities", 'must be a whole number of 0 or more, got "1e999"'],
      [{ time_precision: "4" }, "time_precision", "must be one of 1, 2, 3, got 4"],
      [{ geo_precision: "1.0.0" }, "geo_precision", 'must be one of 1, 2, 3, got "1.0.0"'],
      [{ killed: "x", fatalities: "" }, "killed", 'must be a whole number of 0 or more, or null when not reported, got "x"'],
      [{ accuracy_m: "-5" }, "accuracy_m", "must be a number of metres greater than 0, got -5"],
      [{ killed_at_least: "yes" }, "killed_at_least", 'must be true or false, got "yes"'],
    ];
    for (const [cells, field, message] of cases) expect(one(cells).issues.map((i) => [i.field, i.message])).toEqual([[field, message]]);
  });

  it("takes ACLED's fatalities as the killed figure only where there is no killed column", () => {
    expect(one({ fatalities: "5" }).reports[0]!.properties).toMatchObject({ fatalities: 5, killed: 5 });
    expect(one({ fatalities: "5", killed: "" }).reports[0]!.properties).toMatchObject({ fatalities: 5, killed: null });
    expect(one({ fatalities: "" }).reports[0]!.properties).toMatchObject({ fatalities: 0, killed: null });
  });

  it("reads the country by name or code, anything else as none", () => {
    const countries = ["Pakistan", " pakistan ", "AF", "pk", "India", "Afghanistan/Pakistan", ""];
    const { reports } = parseAcledCsv(csvOf(countries.map((country, i) => ({ event_id_cnty: `C${i}`, country }))), { today: TODAY });
    expect(reports.map((r) => r.properties.country)).toEqual(["PK", "PK", "AF", "PK", null, null, null]);
  });

  it("says why a row has no source address, unless the row has one or its own note", () => {
    expect(one({}).reports[0]!.properties).toMatchObject({ source_url: null, source_note: CSV_NO_URL_NOTE });
    expect(one({ source_url: "https://example.org/a" }).reports[0]!.properties).toMatchObject({ source_url: "https://example.org/a", source_note: null });
    expect(one({ source_url: "", source_note: "Own note." }).reports[0]!.properties.source_note).toBe("Own note.");
    expect(one({ source_url: "example.org" }).issues.map((i) => i.message)).toEqual(['must be an http(s) address, got "example.org"']);
  });

  it("takes the id from an id column before event_id_cnty, and needs one of them", () => {
    expect(one({ id: "own-id" }).reports[0]!.properties.id).toBe("own-id");
    expect(one({ id: "", event_id_cnty: "T9" }).reports[0]!.properties.id).toBe("T9");
    expect(lines(csvOf([{ event_id_cnty: " " }]))).toEqual(['Row 1, field "id": must be a non-empty text, got nothing']);
  });

  it("reads a cell the export guarded with an apostrophe without it, and only such a cell", () => {
    const cells = { location: "'=SUM(A1)", notes: "'-2+3 injured", source: "'Tis a source", admin1: "'" };
    expect(one(cells).reports[0]!.properties).toMatchObject({ location: "=SUM(A1)", notes: "-2+3 injured", source: "'Tis a source", admin1: "'" });
  });

  it("refuses a row it cannot split into cells, and keeps the rows before it", () => {
    const text = csvOf([{}]) + 'T2,"unterminated\n';
    expect(parseAcledCsv(text, { today: TODAY }).reports.map((r) => r.properties.id)).toEqual(["T1"]);
    expect(lines(text)[0]).toMatch(/^Row 2 \(id "T2"\): could not be read as CSV \(Quoted field unterminated/);
  });
});

describe("a file that holds no rows to read", () => {
  it.each([
    ["", "File: is empty: it has no header and no rows of reports"],
    ["\uFEFF \r\n\r\n", "File: is empty: it has no header and no rows of reports"],
    ["event_id_cnty,latitude,longitude\r\n", "File: has a header but no rows of reports under it"],
    ["event_id_cnty,notes\n", 'File: has no "latitude" or "longitude" column, so no row can be placed on the map (its columns: event_id_cnty, notes)'],
    ["id,LATITUDE\n1,31\n2,32\n", 'File: has no "longitude" column, so no row can be placed on the map (its columns: id, LATITUDE)'],
  ])("%j is one issue for the whole file", (text, line) => {
    const { reports, issues } = parseAcledCsv(text, { today: TODAY });
    expect(reports).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([line]);
  });
});

describe("reading back what the map exported", () => {
  function rowsOf(reports: ReportFeature[]): ExportRow[] {
    return reports.map((r, i) => ({
      properties: r.properties,
      lon: r.geometry.coordinates[0]!,
      lat: r.geometry.coordinates[1]!,
      ...(i % 2 ? { distanceM: 4_321.5, side: "PK" } : {}),
    }));
  }

  it("gives the seed reports back, place ids included", () => {
    const seed = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY }).reports;
    const back = parseAcledCsv(reportsToCsv(rowsOf(seed)), { today: TODAY });
    expect(back.issues).toEqual([]);
    expect(back.reports).toEqual(seed);
  });

  it("gives text a spreadsheet would run as a formula back as it was", () => {
    const [seed] = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY }).reports;
    const properties = { ...seed!.properties, place_id: null, location: '=HYPERLINK("http://example.invalid","x")', notes: "+1 line\nand a comma, here", source: "@SUM(A1)", admin1: "-2+3" };
    const back = parseAcledCsv(reportsToCsv(rowsOf([{ ...seed!, properties }])), { today: TODAY });
    expect(back.reports.map((r) => r.properties)).toEqual([properties]);
  });

  it("reads 12,000 synthetic reports back, telling its progress about once per 1,000 rows", () => {
    const anchors = places.map((p) => p.geometry.coordinates);
    const generated = parseReports(JSON.stringify(syntheticReports(12_000, { anchors, seed: 11 })), { today: TODAY }).reports;
    const progress: number[] = [];
    const back = parseAcledCsv(reportsToCsv(rowsOf(generated)), { today: TODAY, onProgress: (f) => progress.push(f) });
    expect(back.issues).toEqual([]);
    expect(back.reports).toEqual(generated);
    // 0 first, then at rows 1,000 ... 12,000 (each a twelfth further on, more than the hundredth it waits for), then 1.
    expect(progress).toHaveLength(1 + 12 + 1);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    for (let i = 1; i < progress.length - 1; i++) expect(progress[i]! - progress[i - 1]!).toBeGreaterThanOrEqual(0.01);
  });
});

describe("a CSV without the columns a report needs", () => {
  it("says so once for the file, naming each missing column, rather than once on every row", () => {
    const { reports, issues } = parseAcledCsv("id,latitude,longitude,event_date,location\na,31,66.4,2025-10-15,X\nb,31,66.4,2025-10-15,Y\n", { today: TODAY });
    expect(reports).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([
      'File: has no "time_precision", "event_type", "sub_event_type", "geo_precision", "source" columns: a report needs them (ACLED\'s column names), so no row can be read',
    ]);
  });
});
