import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { parseReports } from "../../src/core/validate-reports";
import { readRepoJson, readRepoText } from "../support/read-json";

const { reports, issues } = parseReports(readRepoText("geodata/reports.geojson"));
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

  it("each cite an http(s) source or say why there is none", () => {
    for (const r of reports) {
      const { source_url, source_note } = r.properties;
      expect(source_url ? /^https?:\/\//.test(source_url) : Boolean(source_note)).toBe(true);
    }
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

  it("flag district-level positions with geo_precision 3 and a district-sized accuracy", () => {
    for (const r of reports.filter((r) => r.properties.geo_precision === 3)) {
      expect(r.properties.accuracy_m).toBeGreaterThanOrEqual(20_000);
    }
  });
});
