import { describe, expect, it } from "vitest";
import type { FeatureCollection, Point } from "geojson";
import { foldName, searchPlaces, type Place } from "../../src/core/places/place-search";
import { readRepoJson } from "../support/read-json";

const projectPlaces = readRepoJson<FeatureCollection<Point, { id: string; name: string; name_alt: string[] }>>("geodata/places.geojson");
const places: Place[] = projectPlaces.features.map((f) => ({
  id: f.properties.id,
  name: f.properties.name,
  names: f.properties.name_alt,
  lon: f.geometry.coordinates[0]!,
  lat: f.geometry.coordinates[1]!,
  from: "places",
}));
const first = (q: string) => searchPlaces(q, places)[0]?.place.id;

describe("place search", () => {
  it("finds each place the issue names by any of its spellings", () => {
    expect(first("Spin Boldak")).toBe("spin-boldak");
    expect(first("spin-boldak")).toBe("spin-boldak");
    expect(first("Spīn Bōldak")).toBe("spin-boldak");
    expect(first("سپین بولدک")).toBe("spin-boldak");
    expect(first("Weesh")).toBe("weesh");
    expect(first("Wesh")).toBe("weesh");
    expect(first("Chaman")).toBe("chaman");
    expect(first("چمن")).toBe("chaman");
    expect(first("Torkham")).toBe("torkham");
    expect(first("تورخم")).toBe("torkham");
  });

  it("ranks names that start with the query before those that contain it", () => {
    const ids = searchPlaces("cha", places).map((m) => m.place.id);
    expect(ids[0]).toBe("chaman");
    expect(ids).toContain("wesh-chaman-crossing");
    expect(ids.indexOf("chaman")).toBeLessThan(ids.indexOf("wesh-chaman-crossing"));
  });

  it("folds Arabic-script letter variants and vowel marks", () => {
    expect(foldName("چمن")).toBe(foldName("چَمَن"));
    expect(foldName("ي")).toBe(foldName("ی"));
    expect(foldName("ك")).toBe(foldName("ک"));
  });

  it("finds nothing for nothing, and for a place it does not know", () => {
    expect(searchPlaces("  ", places)).toEqual([]);
    expect(searchPlaces("Zzyzx", places)).toEqual([]);
  });
});
