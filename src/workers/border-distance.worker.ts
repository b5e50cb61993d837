/// <reference lib="webworker" />
import countriesUrl from "../../geodata/af-pk-countries.geojson?url";
import durandUrl from "../../geodata/durand-line.geojson?url";
import placesUrl from "../../geodata/places.geojson?url";
import { borderIndexFromGeoJson } from "../core/distance/border-index";
import { BorderDistanceMeasurer } from "../core/distance/distance-to-border";

/** A thin shell over the core: builds the measurer once (≈0.3 s, off the page's thread) and answers queries. */
export interface DistanceRequest {
  id: number;
  lon: number;
  lat: number;
}

/** Many points at once, lon and lat interleaved; the answer holds their distances (metres) and sides in the same order. */
export interface BatchRequest {
  id: number;
  lonLat: Float64Array;
}

export interface BatchResult {
  distancesM: Float64Array;
  sides: (string | null)[];
  /** Position of each point's nearest border point, km from the Iran tripoint. */
  alongKm: Float64Array;
  /** Length of the whole border along its geodesic segments, km. */
  borderKm: number;
}

const json = async (url: string) => (await fetch(new URL(url, self.location.href))).json();

const measurer = Promise.all([json(durandUrl), json(countriesUrl), json(placesUrl)]).then(([durand, countries, places]) => {
  const kabul = (places.features as { properties: { id: string }; geometry: { coordinates: number[] } }[]).find((p) => p.properties.id === "kabul");
  return new BorderDistanceMeasurer(borderIndexFromGeoJson(durand, countries), kabul?.geometry.coordinates);
});

self.onmessage = async (event: MessageEvent<DistanceRequest | BatchRequest>) => {
  const { id } = event.data;
  try {
    if ("lonLat" in event.data) {
      const ready = await measurer;
      const { lonLat } = event.data;
      const n = lonLat.length / 2;
      const lons = new Float64Array(n);
      const lats = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        lons[i] = lonLat[2 * i]!;
        lats[i] = lonLat[2 * i + 1]!;
      }
      const d = ready.distances(lons, lats);
      const sides = Array.from(d.side, (code) => ready.sideName(code));
      const result: BatchResult = { distancesM: d.distanceM, sides, alongKm: d.alongKm, borderKm: ready.lengthKm };
      self.postMessage({ id, result }, [result.distancesM.buffer, result.alongKm.buffer]);
      return;
    }
    const { lon, lat } = event.data;
    self.postMessage({ id, result: (await measurer).distance(lon, lat) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
