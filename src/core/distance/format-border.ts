import { distanceRange } from "./border-uncertainty";
import type { BorderDistance } from "./distance-to-border";
import { formatLength, type LengthUnit } from "./format-length";
import { formatDistance } from "../reports/format-report";
import { formatDistanceRange } from "./format-distance-range";

const SIDE_NAME: Record<string, string> = { AF: "Afghan side", PK: "Pakistani side" };

/**
 * "6.4 km from the Durand Line (0–16 km), Afghan side" — with "side
 * uncertain" when the place may lie across the line, and a warning for
 * positions known only to a district or region (ACLED geo_precision 3).
 */
export function describeBorderDistance(d: BorderDistance, accuracyM: number, geoPrecision: 1 | 2 | 3 = 1): string {
  const range = distanceRange(d, accuracyM);
  const side = d.side === null ? "in neither country" : range.sideUncertain ? `${SIDE_NAME[d.side] ?? d.side}, but may lie across the line` : (SIDE_NAME[d.side] ?? d.side);
  const text = `${formatDistance(d.distanceM)} from the Durand Line (${formatDistanceRange(range)}), ${side}`;
  return geoPrecision === 3 ? `${text}. Placed only to a district or region: this distance means little.` : text;
}

/** "23.4 km from the Durand Line, Pakistani side": the measure tool's line for a spot on the map, in the chosen unit. */
export function describeSpotToBorder(d: BorderDistance, unit: LengthUnit): string {
  return `${formatLength(d.distanceM, unit)} from the Durand Line, ${d.side === null ? "in neither country" : (SIDE_NAME[d.side] ?? d.side)}`;
}

/** "34.0123° N, 70.5678° E": a position to about 10 m. */
export function formatLonLat(lon: number, lat: number): string {
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return `${Math.abs(lat).toFixed(4)}° ${lat < 0 ? "S" : "N"}, ${Math.abs(wrapped).toFixed(4)}° ${wrapped < 0 ? "W" : "E"}`;
}
