import durandLineUrl from "../../geodata/durand-line.geojson?url";
import khyberPakhtunkhwaUrl from "../../geodata/khyber-pakhtunkhwa.geojson?url";
import placesUrl from "../../geodata/places.geojson?url";
import reportsUrl from "../../geodata/reports.geojson?url";

/** Absolute addresses on this page's origin: MapLibre fetches them from its worker, where relative ones would resolve elsewhere. */
function absolute(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** Addresses of the app's own geodata and public folder (the map's style takes them as they are). */
export function geodataUrls() {
  return {
    publicBase: absolute(import.meta.env.BASE_URL),
    durandLine: absolute(durandLineUrl),
    khyberPakhtunkhwa: absolute(khyberPakhtunkhwaUrl),
    places: absolute(placesUrl),
  };
}

export const SEED_REPORTS_URL = reportsUrl;
