import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import type { BorderDistance } from "../core/distance/distance-to-border";
import { measurePath } from "../core/distance/measure-path";

/**
 * The geodesic from a spot to its nearest point of the border, with a label
 * at the border end: drawn for a report's popup and for the measure tool's
 * "distance to the border from here". Features carry `kind` "line" and "label".
 */
export function nearestLineCollection(
  lon: number,
  lat: number,
  d: Pick<BorderDistance, "nearestLon" | "nearestLat">,
  label: string,
): FeatureCollection<LineString | Point> {
  const leg = measurePath([[lon, lat], [d.nearestLon, d.nearestLat]]).legs[0]!;
  const line: Feature<LineString> = { type: "Feature", geometry: { type: "LineString", coordinates: leg.path }, properties: { kind: "line" } };
  // `anchor`: the side of the border point the label may take without covering the line.
  const anchor = d.nearestLon < lon ? "right" : "left";
  const end: Feature<Point> = { type: "Feature", geometry: { type: "Point", coordinates: leg.path.at(-1)! }, properties: { kind: "label", label, anchor } };
  return { type: "FeatureCollection", features: [line, end] };
}
