import type * as maplibregl from "maplibre-gl";
import type { FeatureCollection, Point } from "geojson";
import { accuracyCircles } from "../core/distance/accuracy-circles";
import { arabicScriptName } from "../core/places/place-names";

/**
 * Fills the places' source again with each place's name in Arabic script
 * (`name_local`, drawn under its English one), and draws the accuracy circles
 * of the places `withAccuracy` picks.
 */
export function drawPlaces(map: maplibregl.Map, places: FeatureCollection<Point, Record<string, unknown>>, withAccuracy: (p: Record<string, unknown>) => boolean): void {
  for (const f of places.features) {
    const local = arabicScriptName(f.properties?.name_alt as unknown[] | undefined);
    if (local) f.properties = { ...f.properties, name_local: local };
  }
  map.getSource<maplibregl.GeoJSONSource>("places")?.setData(places);
  const shown = places.features.filter((f) => withAccuracy(f.properties ?? {}));
  map.getSource<maplibregl.GeoJSONSource>("place-accuracy")?.setData(accuracyCircles(shown));
}

/** The places file, read while the style loads (so that they are drawn with the first reports, not after). */
export async function fetchPlaces(url: string): Promise<FeatureCollection<Point, Record<string, unknown>>> {
  return (await (await fetch(url)).json()) as FeatureCollection<Point, Record<string, unknown>>;
}
