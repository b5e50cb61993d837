import type { Position } from "geojson";

/**
 * Point-in-polygon by grid: each cell of a lon/lat grid is inside, outside, or
 * crossed by the outline. Points in the first two need one array lookup; in a
 * crossed cell the answer is the cell centre's state, flipped once for each
 * outline edge that the line from the centre to the point crosses. Edges are
 * straight in lon/lat, as in `turf.booleanPointInPolygon`, which the tests use
 * as the reference. Rings combine even-odd, so edges that two rings share (a
 * border between two countries) cancel out and the mask is their union.
 */

const OUTSIDE = 0;
const INSIDE = 1;
const CROSSED = 2;

export interface PolygonMaskOptions {
  /** Grid cell size in degrees. */
  cellDeg?: number;
}

export class PolygonMask {
  private readonly west: number;
  private readonly south: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly cell: number;
  private readonly state: Uint8Array;
  /** Centre state of crossed cells (the answer at the cell centre). */
  private readonly centreInside: Uint8Array;
  /** Edges (x1, y1, x2, y2) crossing each cell: offsets into `edgeIds` per cell (CSR layout). */
  private readonly cellStart: Uint32Array;
  private readonly edgeIds: Uint32Array;
  private readonly edges: Float64Array;

  constructor(rings: readonly Position[][], { cellDeg = 0.05 }: PolygonMaskOptions = {}) {
    this.edges = uniqueEdges(rings);
    const edgeCount = this.edges.length / 4;
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < this.edges.length; i += 2) {
      w = Math.min(w, this.edges[i]!);
      e = Math.max(e, this.edges[i]!);
      s = Math.min(s, this.edges[i + 1]!);
      n = Math.max(n, this.edges[i + 1]!);
    }
    this.cell = cellDeg;
    this.west = w - cellDeg;
    this.south = s - cellDeg;
    this.cols = Math.ceil((e - this.west) / cellDeg) + 2;
    this.rows = Math.ceil((n - this.south) / cellDeg) + 2;
    const cells = this.cols * this.rows;

    // Which cells each edge touches (conservatively: the cells of its bounding box).
    const counts = new Uint32Array(cells + 1);
    const forEachCell = (k: number, visit: (c: number) => void) => {
      const [x1, y1, x2, y2] = [this.edges[4 * k]!, this.edges[4 * k + 1]!, this.edges[4 * k + 2]!, this.edges[4 * k + 3]!];
      const c0 = this.col(Math.min(x1, x2));
      const c1 = this.col(Math.max(x1, x2));
      const r0 = this.row(Math.min(y1, y2));
      const r1 = this.row(Math.max(y1, y2));
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) visit(r * this.cols + c);
    };
    for (let k = 0; k < edgeCount; k++) forEachCell(k, (c) => counts[c + 1]!++);
    for (let c = 0; c < cells; c++) counts[c + 1]! += counts[c]!;
    this.cellStart = counts;
    this.edgeIds = new Uint32Array(counts[cells]!);
    const fill = counts.slice(0, cells);
    for (let k = 0; k < edgeCount; k++) forEachCell(k, (c) => (this.edgeIds[fill[c]!++] = k));

    // Centre states, row by row: crossings of the row's centre line, sorted, give inside spans.
    this.state = new Uint8Array(cells);
    this.centreInside = new Uint8Array(cells);
    for (let r = 0; r < this.rows; r++) {
      const y = this.south + (r + 0.5) * cellDeg;
      const xs: number[] = [];
      for (let k = 0; k < edgeCount; k++) {
        const y1 = this.edges[4 * k + 1]!;
        const y2 = this.edges[4 * k + 3]!;
        if (y1 > y !== y2 > y) {
          const x1 = this.edges[4 * k]!;
          const x2 = this.edges[4 * k + 2]!;
          xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
        }
      }
      xs.sort((a, b) => a - b);
      let crossing = 0;
      for (let c = 0; c < this.cols; c++) {
        const x = this.west + (c + 0.5) * cellDeg;
        while (crossing < xs.length && xs[crossing]! < x) crossing++;
        const inside = crossing % 2 === 1 ? 1 : 0;
        const id = r * this.cols + c;
        this.centreInside[id] = inside;
        this.state[id] = this.cellStart[id + 1]! > this.cellStart[id]! ? CROSSED : inside ? INSIDE : OUTSIDE;
      }
    }
  }

  private col(x: number): number {
    return Math.floor((x - this.west) / this.cell);
  }

  private row(y: number): number {
    return Math.floor((y - this.south) / this.cell);
  }

  contains(lon: number, lat: number): boolean {
    const c = this.col(lon);
    const r = this.row(lat);
    if (c < 0 || r < 0 || c >= this.cols || r >= this.rows) return false;
    const id = r * this.cols + c;
    const state = this.state[id];
    if (state !== CROSSED) return state === INSIDE;
    const cx = this.west + (c + 0.5) * this.cell;
    const cy = this.south + (r + 0.5) * this.cell;
    let inside = this.centreInside[id] === 1;
    for (let i = this.cellStart[id]!; i < this.cellStart[id + 1]!; i++) {
      const k = this.edgeIds[i]!;
      if (segmentsCross(cx, cy, lon, lat, this.edges[4 * k]!, this.edges[4 * k + 1]!, this.edges[4 * k + 2]!, this.edges[4 * k + 3]!)) {
        inside = !inside;
      }
    }
    return inside;
  }
}

/**
 * Edges of all rings, as x1, y1, x2, y2; an edge found in two rings is dropped
 * (even-odd union). Equal edges are found by sorting, with each edge's ends in
 * a fixed order: string keys in a map took ten times as long.
 */
function uniqueEdges(rings: readonly Position[][]): Float64Array {
  const all: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const x1 = ring[i]![0]!;
      const y1 = ring[i]![1]!;
      const x2 = ring[i + 1]![0]!;
      const y2 = ring[i + 1]![1]!;
      if (x1 === x2 && y1 === y2) continue;
      if (x1 < x2 || (x1 === x2 && y1 < y2)) all.push(x1, y1, x2, y2);
      else all.push(x2, y2, x1, y1);
    }
  }
  const count = all.length / 4;
  const same = (a: number, b: number) =>
    all[4 * a] === all[4 * b] && all[4 * a + 1] === all[4 * b + 1] && all[4 * a + 2] === all[4 * b + 2] && all[4 * a + 3] === all[4 * b + 3];
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => {
    for (let j = 0; j < 4; j++) {
      const d = all[4 * a + j]! - all[4 * b + j]!;
      if (d !== 0) return d;
    }
    return a - b;
  });
  const kept: number[] = [];
  for (let i = 0; i < count; ) {
    let j = i + 1;
    while (j < count && same(order[i]!, order[j]!)) j++;
    // Kept when found an odd number of times; in the rings' order, as before.
    if ((j - i) % 2 === 1) kept.push(order[i]!);
    i = j;
  }
  kept.sort((a, b) => a - b);
  const edges = new Float64Array(4 * kept.length);
  kept.forEach((e, k) => edges.set(all.slice(4 * e, 4 * e + 4), 4 * k));
  return edges;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Whether segment P1P2 properly crosses segment Q1Q2 (half-open at Q's ends, so a shared vertex counts once). */
function segmentsCross(p1x: number, p1y: number, p2x: number, p2y: number, q1x: number, q1y: number, q2x: number, q2y: number): boolean {
  const d1 = orient(q1x, q1y, q2x, q2y, p1x, p1y);
  const d2 = orient(q1x, q1y, q2x, q2y, p2x, p2y);
  if (d1 > 0 === d2 > 0) return false;
  const d3 = orient(p1x, p1y, p2x, p2y, q1x, q1y);
  const d4 = orient(p1x, p1y, p2x, p2y, q2x, q2y);
  return d3 > 0 !== d4 > 0;
}
