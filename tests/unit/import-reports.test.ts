import { describe, expect, it } from "vitest";
import { reportsToCsv, reportsToGeoJson, type ExportRow } from "../../src/core/io/export-reports";
import { importFormat, importReports } from "../../src/core/io/import-reports";
import { formatIssue, parseReports, validateReports } from "../../src/core/io/validate-reports";
import { readRepoText } from "../support/read-json";
import { seededRandom } from "../support/seeded-random";
import { TODAY } from "../support/today";

const seed = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY }).reports;
const rows: ExportRow[] = seed.map((r) => ({ properties: r.properties, lon: r.geometry.coordinates[0]!, lat: r.geometry.coordinates[1]! }));

describe("choosing the reader", () => {
  it.each([
    ["reports.geojson", "id,latitude\n", "geojson"],
    ["REPORTS.JSON", "", "geojson"],
    ["acled.csv", "{", "csv"],
    ["acled.TSV", "", "csv"],
    ["export.txt", "<", "csv"],
    ["places.kml", "{", "kml"],
    ["", '  \n{"type": "FeatureCollection"}', "geojson"],
    ["download", "\uFEFF\r\n<?xml version=\"1.0\"?><kml/>", "kml"],
    ["data.dat", "event_id_cnty,latitude,longitude\n", "csv"],
    ["folder.kml/reports", "", "csv"],
  ])("%j holding %j is read as %s", (name, text, format) => {
    expect(importFormat(text, name)).toBe(format);
  });
});

describe("importReports", () => {
  it("reads what the map exported, as GeoJSON or as CSV, back to the same reports", () => {
    const fromGeoJson = importReports(JSON.stringify(reportsToGeoJson(rows)), "reports.geojson", { today: TODAY });
    const fromCsv = importReports(reportsToCsv(rows), "reports.csv", { today: TODAY });
    expect([fromGeoJson.format, fromCsv.format]).toEqual(["geojson", "csv"]);
    expect([fromGeoJson.issues, fromCsv.issues]).toEqual([[], []]);
    expect(fromGeoJson.reports).toEqual(seed);
    expect(fromCsv.reports).toEqual(seed);
  });

  it("reads KML and a GeoJSON file that starts with a byte order mark", () => {
    const kml = importReports(readRepoText("tests/fixtures/reports.kml"), "reports.kml", { today: TODAY });
    expect([kml.format, kml.reports.map((r) => r.properties.id)]).toEqual(["kml", ["KML1", "KML2", "KML8"]]);
    const bom = importReports(`\uFEFF${JSON.stringify(reportsToGeoJson(rows))}`, "reports.geojson", { today: TODAY });
    expect(bom.issues).toEqual([]);
    expect(bom.reports).toHaveLength(seed.length);
  });

  it("numbers each format's problems by its own unit", () => {
    const geojson = importReports(readRepoText("tests/fixtures/broken-reports.geojson"), "broken.geojson", { today: TODAY });
    const csv = importReports(readRepoText("tests/fixtures/acled-malformed.csv"), "malformed.csv", { today: TODAY });
    expect(formatIssue(geojson.issues[0]!)).toMatch(/^Feature 2 \(id "bad-date"\), field "event_date"/);
    expect(formatIssue(csv.issues[0]!)).toMatch(/^Row 2 \(id "TESTM2"\), field "event_date"/);
  });

  it("tells the progress of a GeoJSON or KML file at its start and end", () => {
    const progress: number[] = [];
    importReports(JSON.stringify(reportsToGeoJson(rows)), "reports.geojson", { today: TODAY, onProgress: (f) => progress.push(f) });
    importReports("<kml/>", "x.kml", { today: TODAY, onProgress: (f) => progress.push(f) });
    expect(progress).toEqual([0, 1, 0, 1]);
  });

  it("never throws on random text or damaged files, and keeps only reports the rules accept (seeded)", () => {
    const random = seededRandom(20251016);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const files = [readRepoText("tests/fixtures/acled-export.csv"), readRepoText("tests/fixtures/acled-malformed.csv"), readRepoText("tests/fixtures/reports.kml"), JSON.stringify(reportsToGeoJson(rows)), reportsToCsv(rows)];
    const pieces = ["{", "}", "[", "]", "<", ">", "</", "/>", ",", ";", '"', "'", "\n", "\r\n", "\t", "=", "&", "&amp;", "&#0;", "<![CDATA[", "]]>", "<!DOCTYPE", "<Placemark>", "<Point>", "NaN", "-", "1e999", "\uFEFF", "\u0000", "é", "ب"];
    const names = ["", "x.csv", "x.tsv", "x.kml", "x.geojson", "x.json", "x.txt", "x.bin"];
    let kept = 0;
    for (let round = 0; round < 400; round++) {
      let text: string;
      if (random() < 0.3) {
        text = Array.from({ length: Math.floor(random() * 200) }, () => pick(pieces) + (random() < 0.3 ? String.fromCharCode(32 + Math.floor(random() * 95)) : "")).join("");
      } else {
        text = pick(files);
        for (let edit = 0, edits = 1 + Math.floor(random() * 6); edit < edits; edit++) {
          const at = Math.floor(random() * text.length);
          const cut = random() < 0.5 ? Math.floor(random() * 40) : 0;
          text = text.slice(0, at) + (random() < 0.2 ? "" : pick(pieces)) + text.slice(at + cut);
        }
      }
      const result = importReports(text, pick(names), { today: TODAY });
      for (const issue of result.issues) expect(typeof formatIssue(issue)).toBe("string");
      // What is kept is a valid, distinct set of reports by the GeoJSON rules themselves.
      expect(validateReports({ type: "FeatureCollection", features: result.reports }, { today: TODAY }).issues).toEqual([]);
      kept += result.reports.length;
    }
    expect(kept).toBeGreaterThan(0); // the damaged files still had valid reports to keep
  });
});

describe("files that are not text", () => {
  it("are named for what they look like, not read as a CSV with strange columns", () => {
    const png = new TextDecoder().decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const kmz = "PK\u0003\u0004\u0014\u0000\u0000\u0000doc.kml";
    for (const [text, name, kind] of [
      [png, "picture.png", "a PNG image"],
      [kmz, "places.kmz", "a ZIP archive (a .kmz file is zipped KML: unzip it and open the .kml inside)"],
      ["%PDF-1.7\n", "report.pdf", "a PDF document"],
      ["a,b\u0000c", "x.csv", "binary data"],
    ] as const) {
      const result = importReports(text, name, { today: TODAY });
      expect(result.reports).toEqual([]);
      expect(result.issues.map((i) => i.message)).toEqual([`is not a text file of reports: it looks like ${kind}. The map opens GeoJSON, CSV (as ACLED exports it), KML and its own snapshot files`]);
    }
  });
});
