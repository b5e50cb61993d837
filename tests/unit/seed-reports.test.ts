import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { parseReports } from "../../src/core/io/validate-reports";
import { readRepoJson, readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const { reports, issues } = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY });
const places = readRepoJson<FeatureCollection<Point, { id: string; approximate: boolean; country: string }>>(
  "geodata/places.geojson",
).features;
const countries = readRepoJson<FeatureCollection<Polygon | MultiPolygon, { iso_a2: string }>>(
  "public/basemap/countries.geojson",
).features;

function country(code: string): Feature<Polygon | MultiPolygon> {
  const found = countries.find((c) => c.properties.iso_a2 === code);
  if (!found) throw new Error(`no polygon for ${code}`);
  return found;
}

describe("the seed reports", () => {
  it("are all valid", () => {
    expect(issues).toEqual([]);
    expect(reports.length).toBeGreaterThanOrEqual(12);
  });

  it("have unique ids, and a source address except for the seed article's two accounts", () => {
    expect(new Set(reports.map((r) => r.properties.id)).size).toBe(reports.length);
    const withoutUrl = reports.filter((r) => r.properties.source_url === null).map((r) => r.properties.source);
    expect(withoutUrl).toEqual([
      "Afghan provincial sources, via the project's seed article",
      "Afghan provincial sources, via the project's seed article",
    ]);
  });

  it("sit exactly on a place of places.geojson, in the country they name", () => {
    for (const r of reports) {
      const place = places.find((p) => p.properties.id === r.properties.place_id);
      expect(place, r.properties.id).toBeDefined();
      expect(r.geometry.coordinates).toEqual(place!.geometry.coordinates);
      if (!place!.properties.approximate && r.properties.country) {
        expect(booleanPointInPolygon(r.geometry, country(r.properties.country)), r.properties.id).toBe(true);
      }
    }
  });

  it("carry an accuracy no smaller than their place's", () => {
    for (const r of reports) {
      const place = places.find((p) => p.properties.id === r.properties.place_id) as unknown as {
        properties: { accuracy_m: number };
      };
      expect(r.properties.accuracy_m).toBeGreaterThanOrEqual(place.properties.accuracy_m);
    }
  });

  it("code every account known only to a district as geo_precision 3, with a district-sized accuracy", () => {
    const districtOnly = reports.filter((r) => /known only to the district/i.test(r.properties.notes ?? ""));
    expect(districtOnly.length).toBeGreaterThan(0);
    for (const r of districtOnly) {
      expect(r.properties.geo_precision, r.properties.id).toBe(3);
      expect(r.properties.accuracy_m, r.properties.id).toBeGreaterThanOrEqual(20_000);
    }
    for (const r of reports.filter((r) => r.properties.geo_precision === 3)) {
      expect(districtOnly, r.properties.id).toContain(r);
    }
  });
});
