import { distanceRange, type DistanceRange } from "./border-uncertainty";
import { formatDistance } from "../reports/format-report";

/**
 * Whether a report's distance to the border is given with its range, or as
 * the best estimate alone. The rule: the range is shown when the place is
 * known only to a district or region (ACLED geo_precision 3), or when the
 * accuracy radius is more than a quarter of the distance (the true distance
 * may then be more than 25% off the figure). A town-precise report well
 * away from the line keeps one figure.
 *
 * @example
 * showsDistanceRange(6_400, 30_000, 3); // true: a district
 * showsDistanceRange(6_400, 2_000, 1); // true: 2 km is more than a quarter of 6.4 km
 * showsDistanceRange(40_000, 2_000, 1); // false: 40 km, ±2 km
 */
export function showsDistanceRange(distanceM: number, accuracyM: number, geoPrecision: number): boolean {
  return geoPrecision === 3 || accuracyM > distanceM / 4;
}

/** "12.5 km" → ["12.5", "km"]. */
function split(text: string): [string, string] {
  const space = text.lastIndexOf(" ");
  return [text.slice(0, space), text.slice(space + 1)];
}

/**
 * A range of distances as text, the unit written once where both ends share
 * it, with the figures `formatDistance` gives: "0–36 km", "4.4–8.4 km",
 * "200–800 m", "800 m–2.8 km".
 *
 * @example
 * formatDistanceRange({ minM: 0, maxM: 36_386 }); // "0–36 km"
 * formatDistanceRange({ minM: 4_386, maxM: 8_386 }); // "4.4–8.4 km"
 */
export function formatDistanceRange(range: Pick<DistanceRange, "minM" | "maxM">): string {
  const [lo, loUnit] = split(formatDistance(range.minM));
  const [hi, hiUnit] = split(formatDistance(range.maxM));
  if (range.minM === 0) return `0–${hi} ${hiUnit}`;
  return loUnit === hiUnit ? `${lo}–${hi} ${hiUnit}` : `${lo} ${loUnit}–${hi} ${hiUnit}`;
}

/**
 * A report's distance to the border as the list shows it: the best estimate,
 * and its range beside it where `showsDistanceRange` says so.
 *
 * @example
 * formatReportDistance(6_386, 30_000, 3); // "6.4 km (0–36 km)"
 * formatReportDistance(40_000, 2_000, 1); // "40 km"
 */
export function formatReportDistance(distanceM: number, accuracyM: number, geoPrecision: number): string {
  const best = formatDistance(distanceM);
  return showsDistanceRange(distanceM, accuracyM, geoPrecision) ? `${best} (${formatDistanceRange(distanceRange({ distanceM }, accuracyM))})` : best;
}
