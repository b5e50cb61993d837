import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseAcledCsv } from "../../src/core/io/import-acled-csv";
import { ISSUE_COLUMNS, issuesToCsv } from "../../src/core/io/issues-file";
import type { ValidationIssue } from "../../src/core/io/validate-reports";
import { readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const read = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe("the list of problems as CSV", () => {
  it("has one line an issue, saying what its number counts", () => {
    const issues: ValidationIssue[] = [
      { feature: 3, unit: "row", id: "TESTM2", field: "event_date", message: 'must be a calendar date, got "2025-02-30"' },
      { feature: 2, id: null, field: "", message: "must be a GeoJSON Feature object, got 3" },
      { feature: 7, unit: "placemark", id: "KML7", field: "geometry", message: "must be a Point, got a LineString" },
      { feature: null, unit: "row", id: null, field: "", message: "is empty: it has no header and no rows of reports" },
    ];
    expect(read(issuesToCsv(issues))).toEqual([
      [...ISSUE_COLUMNS],
      ["row", "3", "TESTM2", "event_date", 'must be a calendar date, got "2025-02-30"'],
      ["feature", "2", "", "", "must be a GeoJSON Feature object, got 3"], // no unit: a GeoJSON feature
      ["placemark", "7", "KML7", "geometry", "must be a Point, got a LineString"],
      ["file", "", "", "", "is empty: it has no header and no rows of reports"],
    ]);
  });

  it("neutralises text a spreadsheet would run as a formula, and keeps commas, quotes and line breaks", () => {
    const issue: ValidationIssue = { feature: 1, unit: "row", id: '=HYPERLINK("http://example.invalid")', field: "notes", message: '-1, "quoted"\nand more' };
    expect(read(issuesToCsv([issue]))[1]).toEqual(["row", "1", `'=HYPERLINK("http://example.invalid")`, "notes", `'-1, "quoted"\nand more`]);
  });

  it("lists every problem of an imported file, numbered as the import numbered them", () => {
    const { issues } = parseAcledCsv(readRepoText("tests/fixtures/acled-malformed.csv"), { today: TODAY });
    const lines = read(issuesToCsv(issues)).slice(1);
    expect(lines.map((l) => [l[0], Number(l[1]), l[3]])).toEqual(issues.map((i) => ["row", i.feature, i.field]));
  });

  it("is a header alone when there is no problem", () => {
    expect(issuesToCsv([])).toBe("row_or_feature,number,id,field,message\n");
  });
});
