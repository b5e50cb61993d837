import { readFileSync } from "node:fs";
import { borderIndexFromGeoJson } from "../core/distance/border-index";
import { BorderDistanceMeasurer } from "../core/distance/distance-to-border";

const geodata = (name: string) => JSON.parse(readFileSync(new URL(`../../geodata/${name}`, import.meta.url), "utf8"));

let loaded: BorderDistanceMeasurer | null = null;

/**
 * The measurer over the project's own Durand Line and country outlines,
 * oriented with Kabul on the Afghan side: built once a process (a test that
 * runs many commands in one process builds it once).
 */
export function loadBorderMeasurer(): BorderDistanceMeasurer {
  return (loaded ??= buildBorderMeasurer());
}

function buildBorderMeasurer(): BorderDistanceMeasurer {
  const index = borderIndexFromGeoJson(geodata("durand-line.geojson"), geodata("af-pk-countries.geojson"));
  const kabul = (geodata("places.geojson").features as { properties: { id: string }; geometry: { coordinates: number[] } }[]).find(
    (p) => p.properties.id === "kabul",
  );
  return new BorderDistanceMeasurer(index, kabul?.geometry.coordinates);
}
