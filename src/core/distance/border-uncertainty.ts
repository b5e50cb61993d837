import type { BorderDistance } from "./distance-to-border";

/** A distance to the border as far as a report's location is known. */
export interface DistanceRange {
  /** Nearest the true place can be to the border: max(0, d − r), metres. */
  minM: number;
  /** Farthest: d + r, metres. */
  maxM: number;
  /** The true place may lie on the other side: d < r. */
  sideUncertain: boolean;
}

/**
 * The range of border distances for a point known to within `accuracyM`:
 * [max(0, d − r), d + r]; the side is uncertain when d < r.
 *
 * @example
 * distanceRange({ distanceM: 2_500 }, 3_000); // { minM: 0, maxM: 5500, sideUncertain: true }
 */
export function distanceRange(distance: Pick<BorderDistance, "distanceM">, accuracyM: number): DistanceRange {
  const d = distance.distanceM;
  const r = Math.max(0, accuracyM);
  return { minM: Math.max(0, d - r), maxM: d + r, sideUncertain: d < r };
}
