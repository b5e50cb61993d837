import { describe, expect, it } from "vitest";
import { inRegion, REGION_BBOX, swappedWarning } from "../../src/core/reports/region";
import { importReports } from "../../src/core/io/import-reports";
import { formatIssue, parseReports } from "../../src/core/io/validate-reports";
import { readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const seed = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY }).reports;

describe("reports whose latitude and longitude look swapped", () => {
  it("every seed report lies in the region, and none of them swapped does", () => {
    for (const r of seed) {
      const [lon, lat] = r.geometry.coordinates as [number, number];
      expect(inRegion(lon, lat)).toBe(true);
      expect(swappedWarning(lon, lat)).toBeNull();
      expect(swappedWarning(lat, lon)).toMatch(/were they written the wrong way round\? Kept as written$/);
    }
  });

  it("warn only when the swap lands inside the region: a point far away both ways is left alone", () => {
    expect(swappedWarning(2.35, 48.85)).toBeNull(); // Paris
    expect(swappedWarning(REGION_BBOX[0] - 1, REGION_BBOX[1] - 1)).toBeNull();
  });

  it("keep the report and warn, in GeoJSON and in CSV alike", () => {
    const r = seed[0]!;
    const [lon, lat] = r.geometry.coordinates as [number, number];
    const swapped = { type: "FeatureCollection", features: [{ ...r, geometry: { type: "Point", coordinates: [lat, lon] } }] };
    const fromJson = importReports(JSON.stringify(swapped), "s.geojson", { today: TODAY });
    expect(fromJson.reports).toHaveLength(1);
    expect(fromJson.issues.map(formatIssue)).toEqual([`Feature 1 (id "${r.properties.id}"), field "geometry": warning: ${swappedWarning(lat, lon)}`]);
    expect(fromJson.issues[0]!.severity).toBe("warning");
  });
});

describe("names with Unicode direction controls", () => {
  it("are kept as written, with a warning naming the field and the character", () => {
    const r = seed[0]!;
    const feature = { ...r, properties: { ...r.properties, source: "\u202Eevil\u202C source", location: "Spin Boldak" } };
    const result = importReports(JSON.stringify({ type: "FeatureCollection", features: [feature] }), "b.geojson", { today: TODAY });
    expect(result.reports.map((x) => x.properties.source)).toEqual(["\u202Eevil\u202C source"]);
    expect(result.issues.map(formatIssue)).toEqual([
      `Feature 1 (id "${r.properties.id}"), field "source": warning: contains a Unicode direction control (U+202E), which can show the text in another order than it is written; kept as written`,
    ]);
  });
});
