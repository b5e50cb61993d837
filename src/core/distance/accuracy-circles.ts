import { circle } from "@turf/turf";
import type { Feature, FeatureCollection, Point, Polygon } from "geojson";

/**
 * Circles of each point's location uncertainty (`accuracy_m`), as polygons
 * (turf's `circle`, 64 steps). Points without an accuracy are skipped.
 *
 * @example
 * accuracyCircles([{ type: "Feature", geometry: { type: "Point", coordinates: [66.43, 30.95] }, properties: { accuracy_m: 3000 } }]);
 */
export function accuracyCircles(
  points: readonly Feature<Point, { accuracy_m?: number | null } | null>[],
): FeatureCollection<Polygon> {
  const features: Feature<Polygon>[] = [];
  for (const point of points) {
    const radiusM = point.properties?.accuracy_m;
    if (typeof radiusM !== "number" || !(radiusM > 0)) continue;
    features.push(circle(point.geometry.coordinates, radiusM / 1000, { steps: 64, units: "kilometers", properties: { ...point.properties } }));
  }
  return { type: "FeatureCollection", features };
}
