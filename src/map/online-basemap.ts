import type * as maplibregl from "maplibre-gl";
import type { BasemapId } from "./layer-groups";

/**
 * The one remote resource the app knows: OpenStreetMap's raster tiles, added
 * only when the user picks the online basemap, and removed again when they
 * pick the offline one. By default the map asks nothing beyond its own origin.
 */
const ONLINE_SOURCE = "osm-raster";
const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"; // the host build/csp.ts lets in on online.html

/** Puts the map on the chosen basemap; the online tiles go under the bands (`beforeLayer`). */
export function applyBasemap(map: maplibregl.Map, basemap: BasemapId, beforeLayer: string): void {
  if (basemap === "osm" && !map.getSource(ONLINE_SOURCE)) {
    map.addSource(ONLINE_SOURCE, { type: "raster", tiles: [OSM_TILES], tileSize: 256, maxzoom: 19, attribution: "© OpenStreetMap contributors" });
    map.addLayer({ id: ONLINE_SOURCE, type: "raster", source: ONLINE_SOURCE }, beforeLayer);
  }
  if (basemap === "offline" && map.getSource(ONLINE_SOURCE)) {
    map.removeLayer(ONLINE_SOURCE);
    map.removeSource(ONLINE_SOURCE);
  }
}
