import { casualtiesHigh } from "../reports/format-report";
import { distanceRange } from "../distance/border-uncertainty";
import type { ReportFeature, ReportProperties } from "../reports/report";

/** A row of the report list: a report, where it is, and its distance to the border once measured. */
export interface ListRow {
  p: ReportProperties;
  lon: number;
  lat: number;
  distanceM?: number;
}

/**
 * What the list sorts on. The distance either way: "distance", the best
 * estimate (the measured distance of the place given); "nearest", the nearest
 * end of the range its accuracy allows (max(0, d − accuracy_m)), so that a
 * district-level report that may lie on the line sorts with those on it.
 */
export type ListSort = "date" | "casualties" | "distance" | "nearest";

/** West, south, east, north. */
export type Bounds = [number, number, number, number];

export function inBounds(row: Pick<ListRow, "lon" | "lat">, [west, south, east, north]: Bounds): boolean {
  return row.lat >= south && row.lat <= north && (west <= east ? row.lon >= west && row.lon <= east : row.lon >= west || row.lon <= east);
}

/** How many reports the mask keeps that lie in `bounds` (all it keeps, without bounds). */
export function countInView(reports: readonly ReportFeature[], mask: Uint8Array, bounds: Bounds | null): number {
  let n = 0;
  for (let i = 0; i < reports.length; i++) {
    if (mask[i] !== 1) continue;
    const [lon, lat] = reports[i]!.geometry.coordinates as [number, number];
    if (!bounds || inBounds({ lon, lat }, bounds)) n++;
  }
  return n;
}

/** A row's sort key as a number, smaller first; unmeasured distances are +Infinity whichever way. */
function sortKey(p: ReportProperties, distanceM: number | undefined, by: ListSort, sign: number): number {
  if (by === "distance" || by === "nearest") {
    if (distanceM === undefined || !Number.isFinite(distanceM)) return Number.POSITIVE_INFINITY;
    return sign * (by === "nearest" ? distanceRange({ distanceM }, p.accuracy_m).minM : distanceM);
  }
  if (by === "casualties") return sign * casualtiesHigh(p);
  // YYYY-MM-DD as the number YYYYMMDD: the same order as the strings.
  const d = p.event_date;
  return sign * (Number(d.slice(0, 4)) * 10_000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10)));
}

/**
 * The rows to list, sorted: newest or oldest first, most or fewest casualties
 * (the highest figure the source allows), nearest or farthest from the border
 * by the best estimate or by the nearest end of the report's range (unmeasured last). Ties keep the input order. With a `limit`, only the
 * first `limit` rows are returned, found without sorting the rest (a heap:
 * 100,000 rows in view, 200 listed).
 */
export function sortRows(rows: readonly ListRow[], by: ListSort, descending: boolean, limit = Number.POSITIVE_INFINITY): ListRow[] {
  const sign = descending ? -1 : 1;
  const keys = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) keys[i] = sortKey(rows[i]!.p, rows[i]!.distanceM, by, sign);
  return firstInOrder(keys, rows.length, limit).map((i) => rows[i]!);
}

/**
 * Every report's sort key for the list, in the reports' order: made once per
 * dataset, distances and order, not at each change of the filters.
 */
export function listKeys(reports: readonly ReportFeature[], distancesM: ArrayLike<number> | undefined, by: ListSort, descending: boolean): Float64Array {
  const sign = descending ? -1 : 1;
  return Float64Array.from(reports, (r, i) => sortKey(r.properties, distancesM?.[i], by, sign));
}

/**
 * The list's rows straight from the reports: those the mask keeps that lie in
 * `bounds` (all, without bounds), the first `limit` in the order of `keys`
 * (`listKeys`). Only the rows listed are made; how many there are in all is
 * `countInView` (the store's).
 */
export function listRows(
  reports: readonly ReportFeature[],
  mask: Uint8Array,
  distancesM: ArrayLike<number> | undefined,
  bounds: Bounds | null,
  keys: Float64Array,
  limit: number,
): ListRow[] {
  const kept: number[] = [];
  const keptKeys: number[] = [];
  for (let i = 0; i < reports.length; i++) {
    if (mask[i] !== 1) continue;
    const [lon, lat] = reports[i]!.geometry.coordinates as [number, number];
    if (bounds && !inBounds({ lon, lat }, bounds)) continue;
    kept.push(i);
    keptKeys.push(keys[i]!);
  }
  return firstInOrder(keptKeys, kept.length, limit).map((k): ListRow => {
    const r = reports[kept[k]!]!;
    const [lon, lat] = r.geometry.coordinates as [number, number];
    const d = distancesM?.[kept[k]!];
    return { p: r.properties, lon, lat, distanceM: d !== undefined && Number.isFinite(d) ? d : undefined };
  });
}

/**
 * The indices 0 to `n - 1` in the order of their keys (smaller first, ties by
 * index), at most `limit` of them: found without sorting the rest (a heap:
 * 100,000 rows in view, 200 listed).
 */
function firstInOrder(keys: ArrayLike<number>, n: number, limit: number): number[] {
  // a before b: smaller key, then earlier row.
  const before = (a: number, b: number) => keys[a]! < keys[b]! || (keys[a] === keys[b] && a < b);
  if (limit >= n) return Array.from({ length: n }, (_, i) => i).sort((a, b) => (before(a, b) ? -1 : 1));
  // A max-heap of the best `limit` rows: its root is the worst kept.
  const heap: number[] = [];
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < limit) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0; ) {
        const parent = (c - 1) >> 1;
        if (!before(heap[parent]!, heap[c]!)) break;
        swap(parent, c);
        c = parent;
      }
    } else if (limit > 0 && before(i, heap[0]!)) {
      heap[0] = i;
      for (let c = 0; ; ) {
        const l = 2 * c + 1;
        const r = l + 1;
        let worst = c;
        if (l < heap.length && before(heap[worst]!, heap[l]!)) worst = l;
        if (r < heap.length && before(heap[worst]!, heap[r]!)) worst = r;
        if (worst === c) break;
        swap(c, worst);
        c = worst;
      }
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : 1));
}
