import { casualtiesHigh } from "./format-report";
import type { ReportProperties } from "./report";

/** A row of the report list: a report, where it is, and its distance to the border once measured. */
export interface ListRow {
  p: ReportProperties;
  lon: number;
  lat: number;
  distanceM?: number;
}

export type ListSort = "date" | "casualties" | "distance";

/** West, south, east, north. */
export type Bounds = [number, number, number, number];

export function inBounds(row: Pick<ListRow, "lon" | "lat">, [west, south, east, north]: Bounds): boolean {
  return row.lat >= south && row.lat <= north && (west <= east ? row.lon >= west && row.lon <= east : row.lon >= west || row.lon <= east);
}

/**
 * The rows to list, sorted: newest or oldest first, most or fewest casualties
 * (the highest figure the source allows), nearest or farthest from the border
 * (unmeasured last). Ties keep the input order.
 */
export function sortRows(rows: readonly ListRow[], by: ListSort, descending: boolean): ListRow[] {
  const key = (r: ListRow): number | string =>
    by === "date" ? r.p.event_date : by === "casualties" ? casualtiesHigh(r.p) : (r.distanceM ?? Number.POSITIVE_INFINITY);
  const sign = descending ? -1 : 1;
  return rows
    .map((r, i) => ({ r, i, k: key(r) }))
    .sort((a, b) => {
      if (by === "distance") {
        // Unmeasured rows last whichever way.
        const fa = Number.isFinite(a.k as number);
        const fb = Number.isFinite(b.k as number);
        if (fa !== fb) return fa ? -1 : 1;
      }
      const c = a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.r);
}
