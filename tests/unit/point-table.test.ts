import { describe, expect, it } from "vitest";
import { readPointTable, writePointTable } from "../../src/core/io/point-table";

describe("point tables", () => {
  it("writes a tab-separated file back with tabs, values with commas intact", () => {
    const table = readPointTable("name\tlatitude\tlongitude\nA, B\t31\t66\n", "points.tsv");
    expect(table.rows.map((r) => [r.lat, r.lon, r.problem])).toEqual([[31, 66, null]]);
    expect(writePointTable(table, [{ extra: 1 }])).toBe("name\tlatitude\tlongitude\textra\nA, B\t31\t66\t1\n");
  });

  it("names the problem of each row without a usable position, and keeps the row", () => {
    const table = readPointTable("latitude,longitude\n,66\n91,66\nx,66\n31,190\n", "points.csv");
    expect(table.rows.map((r) => r.problem)).toEqual([
      "latitude is missing",
      "latitude 91 is outside -90..90",
      'latitude "x" is not a number',
      "longitude 190 is outside -180..180",
    ]);
  });

  it("writes back what is not a feature as it came, never as a broken feature", () => {
    const table = readPointTable('{"type":"FeatureCollection","features":[null,{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[66,31]}}]}', "x.geojson");
    const out = JSON.parse(writePointTable(table, [{ a: null }, { a: 1 }])) as { features: unknown[] };
    expect(out.features[0]).toBeNull();
    expect(out.features[1]).toEqual({ type: "Feature", properties: { a: 1 }, geometry: { type: "Point", coordinates: [66, 31] } });
  });
});
