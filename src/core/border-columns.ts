import type { BorderDistanceMeasurer } from "./distance-to-border";
import type { PointRow } from "./point-table";

/** The columns the `distance` command adds, in order. */
export const BORDER_COLUMNS = ["border_distance_m", "border_side", "border_nearest_lon", "border_nearest_lat", "border_along_km"] as const;

export type BorderColumns = Record<(typeof BORDER_COLUMNS)[number], string | number | null>;

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
 * to the metre. Rows without a position get empty columns.
 */
export function borderColumns(
  measurer: BorderDistanceMeasurer,
  rows: readonly PointRow[],
  onProgress?: (done: number, total: number) => void,
): BorderColumns[] {
  const step = Math.max(1, Math.floor(rows.length / 100));
  return rows.map((row, i) => {
    if (onProgress && i % step === 0) onProgress(i, rows.length);
    if (row.lon === null || row.lat === null) return EMPTY;
    const d = measurer.distance(row.lon, row.lat);
    return {
      border_distance_m: Number(d.distanceM.toFixed(3)),
      border_side: d.side,
      border_nearest_lon: Number(d.nearestLon.toFixed(7)),
      border_nearest_lat: Number(d.nearestLat.toFixed(7)),
      border_along_km: Number(d.alongKm.toFixed(3)),
    };
  });
}
