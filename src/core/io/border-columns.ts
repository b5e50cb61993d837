import type { BorderDistanceMeasurer } from "../distance/distance-to-border";
import { distanceRange } from "../distance/border-uncertainty";
import type { PointRow } from "./point-table";

/** Beyond this distance from the line (metres) the search is not tested, and no answer is given. */
export const SUPPORTED_DISTANCE_M = 2_000_000;

/** The columns the `distance` command adds, in order. */
export const BORDER_COLUMNS = ["border_distance_m", "border_side", "border_nearest_lon", "border_nearest_lat", "border_along_km"] as const;

/** Added beside `border_distance_m` when the rows give their accuracy: the range [max(0, d − accuracy_m), d + accuracy_m]. */
export const RANGE_COLUMNS = ["border_distance_min_m", "border_distance_max_m"] as const;

export type BorderColumns = Record<(typeof BORDER_COLUMNS)[number], string | number | null> & Partial<Record<(typeof RANGE_COLUMNS)[number], number | null>>;

const EMPTY: BorderColumns = {
  border_distance_m: null,
  border_side: null,
  border_nearest_lon: null,
  border_nearest_lat: null,
  border_along_km: null,
};

/**
 * The border columns for every row, in input order: distance to the
 * millimetre, nearest point to 1e-7° (about 1 cm), position along the border
 * to the metre. Rows without a position get empty columns. With
 * `accuraciesM` (each row's `accuracy_m`, null where unknown), the range of
 * distances it allows follows `border_distance_m`, to the millimetre; a row
 * without an accuracy gets those two empty.
 */
export function borderColumns(
  measurer: BorderDistanceMeasurer,
  rows: readonly PointRow[],
  onProgress?: (done: number, total: number) => void,
  onTooFar?: (row: PointRow, distanceM: number) => void,
  accuraciesM?: readonly (number | null)[],
): BorderColumns[] {
  // The range's columns right after the distance, in every row alike (the first row's keys name the columns written).
  const ranged = (c: BorderColumns, index: number): BorderColumns => {
    if (!accuraciesM) return c;
    const { border_distance_m: d, ...rest } = c;
    const r = accuraciesM[index];
    const range = typeof d === "number" && r !== null && r !== undefined ? distanceRange({ distanceM: d }, r) : null;
    return {
      border_distance_m: d,
      border_distance_min_m: range ? Number(range.minM.toFixed(3)) : null,
      border_distance_max_m: range ? Number(range.maxM.toFixed(3)) : null,
      ...rest,
    };
  };
  const out: BorderColumns[] = [];
  const chunk = Math.max(1_000, Math.ceil(rows.length / 100));
  for (let from = 0; from < rows.length; from += chunk) {
    onProgress?.(from, rows.length);
    const part = rows.slice(from, from + chunk);
    const d = measurer.distances(
      part.map((r) => r.lon ?? Number.NaN),
      part.map((r) => r.lat ?? Number.NaN),
    );
    part.forEach((row, i) => {
      const index = from + i;
      if (row.lon === null || row.lat === null) {
        out.push(ranged(EMPTY, index));
        return;
      }
      if (d.distanceM[i]! > SUPPORTED_DISTANCE_M) {
        onTooFar?.(row, d.distanceM[i]!);
        out.push(ranged(EMPTY, index));
        return;
      }
      out.push(ranged({
        border_distance_m: Number(d.distanceM[i]!.toFixed(3)),
        border_side: measurer.sideName(d.side[i]!),
        border_nearest_lon: Number(d.nearestLon[i]!.toFixed(7)),
        border_nearest_lat: Number(d.nearestLat[i]!.toFixed(7)),
        border_along_km: Number(d.alongKm[i]!.toFixed(3)),
      }, index));
    });
  }
  return out;
}
