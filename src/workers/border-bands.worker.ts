/// <reference lib="webworker" />
import type { Feature, FeatureCollection, LineString, MultiPolygon } from "geojson";
import durandUrl from "../../geodata/durand-line.geojson?url";
import { bandCollection, BorderBands, type BandProperties } from "../core/bands/border-bands";

/** A thin shell over the core: traces buffer bands off the page's thread (≈0.2–0.6 s a band) and keeps the recent ones. */
export interface BandsRequest {
  id: number;
  distancesKm: number[];
}

export interface BandsResult {
  bands: FeatureCollection<MultiPolygon, BandProperties>;
  /** Time spent tracing the bands not already kept, milliseconds. */
  ms: number;
}

type Band = Feature<MultiPolygon, Omit<BandProperties, "ramp">>;

const KEEP = 16; // bands kept for when the user goes back to earlier distances

const tracer = fetch(new URL(durandUrl, self.location.href))
  .then((response) => response.json() as Promise<FeatureCollection<LineString>>)
  .then((durand) => new BorderBands(durand.features[0]!.geometry.coordinates));
const kept = new Map<number, Band>();

self.onmessage = async (event: MessageEvent<BandsRequest>) => {
  const { id, distancesKm } = event.data;
  try {
    const bands = await tracer;
    const started = performance.now();
    const features = distancesKm.map((km) => {
      let band = kept.get(km);
      if (!band) {
        band = bands.band(km);
        if (kept.size >= KEEP) kept.delete(kept.keys().next().value!);
        kept.set(km, band);
      }
      return band;
    });
    const result: BandsResult = { bands: bandCollection(features), ms: performance.now() - started };
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
