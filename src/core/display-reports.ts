import type { Feature, FeatureCollection, Point } from "geojson";
import { casualtiesHigh } from "./format-report";
import type { ReportFeature, ReportProperties } from "./report";

/** What the map draws for a report: its properties plus values derived for styling. */
export interface DisplayProperties extends ReportProperties {
  /** Highest casualty total the source allows; sizes the symbol. */
  casualties_high: number;
  /** How many reports share this exact position (they would hide each other). */
  stack_size: number;
  /** 1-based index of the report within its stack; the map labels the stack once. */
  stack_index: number;
  /** Exact distance to the border, metres, once measured; the "within N km" filter reads it. */
  border_distance_m?: number;
}

/** Key of a position rounded to about 1 cm, so that equal gazetteer points stack. */
function positionKey([lon, lat]: number[]): string {
  return `${(lon ?? 0).toFixed(7)},${(lat ?? 0).toFixed(7)}`;
}

/**
 * Prepares reports for the map: adds the casualty figure used for size and
 * counts reports that share a position, since seven accounts of one town
 * would otherwise look like one dot.
 */
export function toDisplayCollection(
  reports: readonly ReportFeature[],
  /** Distance to the border per report id, metres, where known. */
  distancesM?: ReadonlyMap<string, number>,
): FeatureCollection<Point, DisplayProperties> {
  const stacks = new Map<string, number>();
  for (const r of reports) {
    const key = positionKey(r.geometry.coordinates);
    stacks.set(key, (stacks.get(key) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const features: Feature<Point, DisplayProperties>[] = reports.map((r) => {
    const key = positionKey(r.geometry.coordinates);
    const index = (seen.get(key) ?? 0) + 1;
    seen.set(key, index);
    const distanceM = distancesM?.get(r.properties.id);
    return {
      type: "Feature",
      geometry: r.geometry,
      properties: {
        ...r.properties,
        casualties_high: casualtiesHigh(r.properties),
        stack_size: stacks.get(key) ?? 1,
        stack_index: index,
        ...(distanceM !== undefined && Number.isFinite(distanceM) ? { border_distance_m: distanceM } : {}),
      },
    };
  });
  return { type: "FeatureCollection", features };
}
