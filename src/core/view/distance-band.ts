import { distanceRange } from "../distance/border-uncertainty";

/**
 * How the distance filter reads a report whose place is known only to within
 * `accuracy_m`: its true distance to the line lies in [max(0, d − r), d + r].
 * "possibly": that range touches the band (the report may lie in it);
 * "certainly": the whole range lies inside the band.
 */
export type DistanceMode = "possibly" | "certainly";

export const DISTANCE_MODES: readonly DistanceMode[] = ["possibly", "certainly"];

/** The default: nothing that may lie in the band is left out unseen. */
export const DEFAULT_DISTANCE_MODE: DistanceMode = "possibly";

/**
 * Whether a report at `distanceM` from the line, placed to within `accuracyM`,
 * lies in the band from `fromKm` to `toKm` (inclusive, either end open) as
 * `mode` reads it. A band that ends before it starts keeps nothing.
 *
 * @example
 * // Wardag village, 6.4 km from the line, known to ±30 km: possibly within 5 km, not certainly.
 * inDistanceBand(6_386, 30_000, null, 5, "possibly"); // true
 * inDistanceBand(6_386, 30_000, null, 5, "certainly"); // false
 */
export function inDistanceBand(distanceM: number, accuracyM: number, fromKm: number | null, toKm: number | null, mode: DistanceMode): boolean {
  if (fromKm !== null && toKm !== null && fromKm > toKm) return false;
  const { minM, maxM } = distanceRange({ distanceM }, Number.isFinite(accuracyM) ? accuracyM : 0);
  if (mode === "certainly") return (fromKm === null || minM >= fromKm * 1000) && (toKm === null || maxM <= toKm * 1000);
  return (fromKm === null || maxM >= fromKm * 1000) && (toKm === null || minM <= toKm * 1000);
}
