import { casualtiesHigh } from "../reports/format-report";
import type { ReportProperties } from "../reports/report";

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

/** A row's sort key as a number, smaller first; unmeasured distances are +Infinity whichever way. */
function sortKey(r: ListRow, by: ListSort, sign: number): number {
  if (by === "distance") return r.distanceM === undefined || !Number.isFinite(r.distanceM) ? Number.POSITIVE_INFINITY : sign * r.distanceM;
  if (by === "casualties") return sign * casualtiesHigh(r.p);
  // YYYY-MM-DD as the number YYYYMMDD: the same order as the strings.
  const d = r.p.event_date;
  return sign * (Number(d.slice(0, 4)) * 10_000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10)));
}

/**
 * The rows to list, sorted: newest or oldest first, most or fewest casualties
 * (the highest figure the source allows), nearest or farthest from the border
 * (unmeasured last). Ties keep the input order. With a `limit`, only the
 * first `limit` rows are returned, found without sorting the rest (a heap:
 * 100,000 rows in view, 200 listed).
 */
export function sortRows(rows: readonly ListRow[], by: ListSort, descending: boolean, limit = Number.POSITIVE_INFINITY): ListRow[] {
  const sign = descending ? -1 : 1;
  const n = rows.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = sortKey(rows[i]!, by, sign);
  // a before b: smaller key, then earlier row.
  const before = (a: number, b: number) => keys[a]! < keys[b]! || (keys[a] === keys[b] && a < b);
  if (limit >= n) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (before(a, b) ? -1 : 1));
    return order.map((i) => rows[i]!);
  }
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
  return heap.sort((a, b) => (before(a, b) ? -1 : 1)).map((i) => rows[i]!);
}
