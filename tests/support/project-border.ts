import type { FeatureCollection, LineString, Point, Polygon } from "geojson";
import { borderIndexFromGeoJson } from "../../src/core/distance/border-index";
import { BorderDistanceMeasurer } from "../../src/core/distance/distance-to-border";
import { readRepoJson } from "./read-json";

/** The project's geodata and its exact border measurer, oriented with Kabul on the Afghan side, as the app builds it. */
export const durand = readRepoJson<FeatureCollection<LineString>>("geodata/durand-line.geojson");
export const countries = readRepoJson<FeatureCollection<Polygon, { iso_a2: string }>>("geodata/af-pk-countries.geojson");
export const places = readRepoJson<FeatureCollection<Point, { id: string }>>("geodata/places.geojson");
export const line = durand.features[0]!.geometry.coordinates;
const kabul = places.features.find((p) => p.properties.id === "kabul")!.geometry.coordinates;
export const measurer = new BorderDistanceMeasurer(borderIndexFromGeoJson(durand, countries), kabul);
