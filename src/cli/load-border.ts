import { readFileSync } from "node:fs";
import { borderIndexFromGeoJson } from "../core/distance/border-index";
import { BorderDistanceMeasurer } from "../core/distance/distance-to-border";

const geodata = (name: string) => JSON.parse(readFileSync(new URL(`../../geodata/${name}`, import.meta.url), "utf8"));

/** The measurer over the project's own Durand Line and country outlines, oriented with Kabul on the Afghan side. */
export function loadBorderMeasurer(): BorderDistanceMeasurer {
  const index = borderIndexFromGeoJson(geodata("durand-line.geojson"), geodata("af-pk-countries.geojson"));
  const kabul = (geodata("places.geojson").features as { properties: { id: string }; geometry: { coordinates: number[] } }[]).find(
    (p) => p.properties.id === "kabul",
  );
  return new BorderDistanceMeasurer(index, kabul?.geometry.coordinates);
}
