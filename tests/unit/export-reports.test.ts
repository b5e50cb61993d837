import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, neutralizeCell, reportsToCsv, reportsToGeoJson, type ExportRow } from "../../src/core/io/export-reports";
import { parseReports } from "../../src/core/io/validate-reports";
import { readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const { reports } = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY });
const rows: ExportRow[] = reports.map((r, i) => ({
  properties: r.properties,
  lon: r.geometry.coordinates[0]!,
  lat: r.geometry.coordinates[1]!,
  ...(i % 3 === 0 ? {} : { distanceM: 1_234.5 * i, side: i % 2 ? "AF" : "PK" }),
}));

describe("exporting reports", () => {
  it("as GeoJSON that the app reads back, with the measured distance and side for other tools", () => {
    const text = JSON.stringify(reportsToGeoJson(rows));
    const back = parseReports(text, { today: TODAY });
    expect(back.issues).toEqual([]);
    expect(back.reports.map((r) => r.geometry.coordinates)).toEqual(reports.map((r) => r.geometry.coordinates));
    // The app keeps a report's own properties; the measured ones are in the file for other tools.
    expect(back.reports.map((r) => r.properties)).toEqual(reports.map((r) => r.properties));
    const raw = JSON.parse(text) as { features: { properties: { border_distance_m?: number; border_side?: string } }[] };
    expect(raw.features.map((f) => f.properties.border_distance_m)).toEqual(rows.map((r) => r.distanceM));
    expect(raw.features.map((f) => f.properties.border_side)).toEqual(rows.map((r) => r.side));
    expect(JSON.parse(text)).not.toHaveProperty("crs");
  });

  it("as CSV with ACLED's column names, one row a report, values that read back", () => {
    const parsed = Papa.parse<Record<string, string>>(reportsToCsv(rows), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(reports.length);
    for (const [i, row] of parsed.data.entries()) {
      const p = reports[i]!.properties;
      expect(row.event_id_cnty).toBe(p.id);
      expect(row.event_date).toBe(p.event_date);
      expect(row.year).toBe(p.event_date.slice(0, 4));
      expect(Number(row.latitude)).toBe(rows[i]!.lat);
      expect(Number(row.longitude)).toBe(rows[i]!.lon);
      expect(row.source).toBe(neutralizeCell(p.source));
      expect(row.notes).toBe(p.notes === null ? "" : neutralizeCell(p.notes));
      expect(row.killed).toBe(p.killed === null ? "" : String(p.killed));
      expect(row.border_distance_km).toBe(rows[i]!.distanceM === undefined ? "" : String(Number((rows[i]!.distanceM! / 1000).toFixed(3))));
    }
  });

  it("gives beside each measured distance the range its accuracy allows, min ≤ best ≤ max, in CSV (km) and GeoJSON (m)", () => {
    const csv = Papa.parse<Record<string, string>>(reportsToCsv(rows), { header: true, skipEmptyLines: true }).data;
    const geo = reportsToGeoJson(rows).features.map((f) => f.properties as Record<string, unknown>);
    expect(CSV_COLUMNS.indexOf("border_distance_min_km")).toBe(CSV_COLUMNS.indexOf("border_distance_km") + 1);
    expect(CSV_COLUMNS.indexOf("border_distance_max_km")).toBe(CSV_COLUMNS.indexOf("border_distance_km") + 2);
    let clamped = 0;
    for (const [i, r] of rows.entries()) {
      const row = csv[i]!;
      if (r.distanceM === undefined) {
        expect([row.border_distance_min_km, row.border_distance_max_km]).toEqual(["", ""]);
        expect(geo[i]).not.toHaveProperty("border_distance_min_m");
        continue;
      }
      const a = r.properties.accuracy_m;
      // By hand: the place is within a metres of where it is given, so the line is from d − a (not below 0) to d + a away.
      const low = r.distanceM > a ? r.distanceM - a : 0;
      if (low === 0) clamped++;
      expect(geo[i]!.border_distance_min_m).toBe(low);
      expect(geo[i]!.border_distance_max_m).toBe(r.distanceM + a);
      // Written to the metre (3 decimals of km): half a metre off at most.
      expect(Math.abs(Number(row.border_distance_min_km) - low / 1000)).toBeLessThanOrEqual(0.0005 + 1e-9);
      expect(Math.abs(Number(row.border_distance_max_km) - (r.distanceM + a) / 1000)).toBeLessThanOrEqual(0.0005 + 1e-9);
      const [min, best, max] = [row.border_distance_min_km, row.border_distance_km, row.border_distance_max_km].map(Number);
      expect(min).toBeLessThanOrEqual(best!);
      expect(best).toBeLessThanOrEqual(max!);
    }
    // The seed's district-level reports near the line reach it: some ranges start at 0, some do not.
    expect(clamped).toBeGreaterThan(0);
    expect(clamped).toBeLessThan(rows.filter((r) => r.distanceM !== undefined).length);
  });

  it("neutralises text a spreadsheet would run as a formula, and leaves numbers alone", () => {
    const base = rows[0]!;
    const hostile: ExportRow = {
      ...base,
      lon: -73.5,
      properties: { ...base.properties, location: '=HYPERLINK("http://example.invalid","x")', notes: "+1 line\nand a comma, here", source: "@SUM(A1)", admin1: "-2+3", admin2: "\tTab" },
    };
    const [row] = Papa.parse<Record<string, string>>(reportsToCsv([hostile]), { header: true, skipEmptyLines: true }).data;
    expect(row!.location).toBe(`'=HYPERLINK("http://example.invalid","x")`);
    expect(row!.notes).toBe("'+1 line\nand a comma, here");
    expect(row!.source).toBe("'@SUM(A1)");
    expect(row!.admin1).toBe("'-2+3");
    expect(row!.admin2).toBe("'\tTab");
    expect(row!.longitude).toBe("-73.5");
    expect(neutralizeCell("Spin Boldak")).toBe("Spin Boldak");
  });
});

describe("neutralizeCell and the import, together", () => {
  it("give back text that itself starts with an apostrophe before a formula character", () => {
    expect(neutralizeCell("'+1")).toBe("''+1");
    expect(neutralizeCell("'quoted")).toBe("'quoted");
    expect(neutralizeCell("=1")).toBe("'=1");
  });
});
