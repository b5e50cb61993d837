/// <reference lib="webworker" />
import countriesUrl from "../../geodata/af-pk-countries.geojson?url";
import durandUrl from "../../geodata/durand-line.geojson?url";
import placesUrl from "../../geodata/places.geojson?url";
import { borderIndexFromGeoJson } from "../core/border-index";
import { BorderDistanceMeasurer } from "../core/distance-to-border";

/** A thin shell over the core: builds the measurer once (≈0.3 s, off the page's thread) and answers queries. */
export interface DistanceRequest {
  id: number;
  lon: number;
  lat: number;
}

const json = async (url: string) => (await fetch(new URL(url, self.location.href))).json();

const measurer = Promise.all([json(durandUrl), json(countriesUrl), json(placesUrl)]).then(([durand, countries, places]) => {
  const kabul = (places.features as { properties: { id: string }; geometry: { coordinates: number[] } }[]).find((p) => p.properties.id === "kabul");
  return new BorderDistanceMeasurer(borderIndexFromGeoJson(durand, countries), kabul?.geometry.coordinates);
});

self.onmessage = async (event: MessageEvent<DistanceRequest>) => {
  const { id, lon, lat } = event.data;
  try {
    self.postMessage({ id, result: (await measurer).distance(lon, lat) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
