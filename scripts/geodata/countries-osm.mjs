// geodata/af-pk-countries.geojson: the Afghanistan and Pakistan outlines from
// @geo-maps/countries-maritime-10m (OpenStreetMap), the same outlines whose
// shared run is durand-line.geojson. The border side of a point is tested
// against them: they agree with the Durand Line vertex for vertex.

import path from "node:path";
import * as turf from "@turf/turf";
import { rewindPolygonCoords, roundRing, writeFeatureCollection } from "./geometry.mjs";
import { readSourceJson, REPO_ROOT } from "./install-sources.mjs";
import { pkgRef, SOURCES } from "./sources.mjs";

const COUNTRIES = [
  { a3: "AFG", iso_a2: "AF", name: "Afghanistan" },
  { a3: "PAK", iso_a2: "PK", name: "Pakistan" },
];

export function buildOsmCountries({ log = console.log } = {}) {
  const src = SOURCES.osmBorders;
  const fc = readSourceJson(src, "map.geo.json");
  const features = COUNTRIES.map(({ a3, iso_a2, name }) => {
    const f = fc.features.find((x) => x.properties.A3 === a3);
    if (!f || f.geometry.type !== "Polygon") throw new Error(`countries-osm: no single polygon for ${a3}`);
    const coordinates = rewindPolygonCoords(f.geometry.coordinates.map((ring) => roundRing(ring, 6)));
    return {
      type: "Feature",
      properties: {
        name,
        iso_a2,
        source: `${pkgRef(src)} map.geo.json (OpenStreetMap boundaries, maritime: includes the territorial sea)`,
        license: src.license,
        attribution: src.attribution,
        accuracy_m: 10,
        accuracy: "nominal: the package's stated 10 m against OpenStreetMap; shares its vertices with durand-line.geojson",
        area_km2: Math.round(turf.area(turf.polygon(coordinates)) / 1e6),
      },
      geometry: { type: "Polygon", coordinates },
    };
  });
  const file = path.join(REPO_ROOT, "geodata", "af-pk-countries.geojson");
  const bytes = writeFeatureCollection(file, features);
  log(`countries-osm: ${features.map((f) => `${f.properties.iso_a2} ${f.geometry.coordinates[0].length} vertices`).join(", ")}, ${(bytes / 1024).toFixed(0)} KiB`);
  return { file, bytes, features: features.map((f) => ({ iso_a2: f.properties.iso_a2, vertices: f.geometry.coordinates[0].length, area_km2: f.properties.area_km2 })) };
}
