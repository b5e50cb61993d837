/** A field to contour: a distance-like function with a known bound on how fast it changes. */
export interface LevelSetField {
  /** The field at (x, y); any value ≥ `cap` may be returned as `cap`. */
  value(x: number, y: number, cap: number): number;
  /** An upper bound on how much the field can change across a cell [x0, x1] × [y0, y1] (its Lipschitz constant × diameter). */
  spread(x0: number, y0: number, x1: number, y1: number): number;
}

/** A regular grid of `cols` × `rows` cells from (x0, y0), cells `dx` by `dy`. */
export interface LevelSetGrid {
  x0: number;
  y0: number;
  dx: number;
  dy: number;
  cols: number;
  rows: number;
}

export interface LevelSetOptions {
  /** Crossing points are refined on their grid edge until the field is this close to the level. */
  tolerance: number;
}

/**
 * Closed rings where a field crosses `level`, by marching squares on a sparse
 * grid: a quadtree descends only into cells where the field's spread allows a
 * crossing, so a 2,000 km line costs cells along the ring, not over its box.
 * Each crossing is refined on its grid edge (Illinois regula falsi), so ring
 * vertices lie on the level set to `tolerance`. "Inside" is value < level and
 * lies on each ring's left: outer rings run counter-clockwise, holes clockwise
 * (RFC 7946's winding). Saddle cells are decided by the value at their centre.
 */
export function levelSetRings(field: LevelSetField, grid: LevelSetGrid, level: number, { tolerance }: LevelSetOptions): number[][][] {
  const { x0, y0, dx, dy, cols, rows } = grid;
  const stride = cols + 1;
  const cells: number[] = [];
  const visit = (i: number, j: number, size: number): void => {
    const [i1, j1] = [Math.min(cols, i + size), Math.min(rows, j + size)];
    const [ax, ay, bx, by] = [x0 + i * dx, y0 + j * dy, x0 + i1 * dx, y0 + j1 * dy];
    const half = field.spread(ax, ay, bx, by) / 2;
    const v = field.value((ax + bx) / 2, (ay + by) / 2, level + half * 2 + tolerance);
    if (Math.abs(v - level) > half) return;
    const h = size / 2;
    for (const [ci, cj] of [[i, j], [i + h, j], [i, j + h], [i + h, j + h]] as const) {
      if (ci >= cols || cj >= rows) continue;
      // The last level needs no test of its own: its corners, computed anyway, tell crossing cells apart.
      if (size <= 2) cells.push(ci, cj);
      else visit(ci, cj, h);
    }
  };
  let top = 2;
  while (top < cols || top < rows) top *= 2;
  visit(0, 0, top);

  const nodeCap = level + field.spread(x0, y0, x0 + dx, y0 + dy) * 2 + tolerance;
  const nodes = new Map<number, number>();
  const node = (i: number, j: number): number => {
    const key = j * stride + i;
    let v = nodes.get(key);
    if (v === undefined) {
      v = field.value(x0 + i * dx, y0 + j * dy, nodeCap);
      nodes.set(key, v);
    }
    return v;
  };
  const points = new Map<number, [number, number]>();
  const next = new Map<number, number>();
  // Corners counter-clockwise from bottom-left; edge k runs from corner k to corner k + 1.
  const di = [0, 1, 1, 0];
  const dj = [0, 0, 1, 1];
  const values = [0, 0, 0, 0];
  for (let c = 0; c < cells.length; c += 2) {
    const [i, j] = [cells[c]!, cells[c + 1]!];
    for (let k = 0; k < 4; k++) values[k] = node(i + di[k]!, j + dj[k]!);
    const leaving: number[] = []; // edges crossed from inside to outside, counter-clockwise
    const entering: number[] = [];
    for (let k = 0; k < 4; k++) {
      const [a, b] = [values[k]! < level, values[(k + 1) % 4]! < level];
      if (a === b) continue;
      const key = edgeKey(i, j, k, stride);
      if (!points.has(key)) {
        const [ia, ja, ib, jb] = [i + di[k]!, j + dj[k]!, i + di[(k + 1) % 4]!, j + dj[(k + 1) % 4]!];
        points.set(key, crossing(field, x0 + ia * dx, y0 + ja * dy, x0 + ib * dx, y0 + jb * dy, values[k]!, values[(k + 1) % 4]!, level, nodeCap, tolerance));
      }
      (a ? leaving : entering).push(k);
    }
    if (leaving.length === 1) {
      next.set(edgeKey(i, j, leaving[0]!, stride), edgeKey(i, j, entering[0]!, stride));
    } else if (leaving.length === 2) {
      // Saddle: with an inside centre the two inside corners join and each leaving edge meets the
      // next entering edge counter-clockwise; with an outside centre, the next one clockwise.
      const centreInside = field.value(x0 + (i + 0.5) * dx, y0 + (j + 0.5) * dy, nodeCap) < level;
      for (const k of leaving) {
        const target = centreInside ? (k + 1) % 4 : (k + 3) % 4;
        next.set(edgeKey(i, j, k, stride), edgeKey(i, j, target, stride));
      }
    }
  }

  const rings: number[][][] = [];
  for (const start of next.keys()) {
    if (!points.has(start) || !next.has(start)) continue;
    const ring: number[][] = [];
    let key: number | undefined = start;
    while (key !== undefined && next.has(key)) {
      ring.push(points.get(key)!);
      const following: number | undefined = next.get(key);
      next.delete(key);
      key = following;
    }
    // Every crossing cell is visited (the spread bounds the field), so each chain closes on itself.
    if (key !== start) throw new Error("level set: a ring did not close");
    if (ring.length >= 3) rings.push([...ring, ring[0]!]);
  }
  return rings;
}

/** A key per grid edge shared by the two cells on either side of it. */
function edgeKey(i: number, j: number, k: number, stride: number): number {
  // Bottom and top edges are horizontal edges of rows j and j + 1; left and right vertical ones of columns i and i + 1.
  if (k === 0) return 2 * (j * stride + i);
  if (k === 2) return 2 * ((j + 1) * stride + i);
  if (k === 1) return 2 * (j * stride + i + 1) + 1;
  return 2 * (j * stride + i) + 1;
}

/** Where the field crosses `level` on the edge from (ax, ay) to (bx, by), by Illinois regula falsi. */
function crossing(
  field: LevelSetField,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  va: number,
  vb: number,
  level: number,
  cap: number,
  tolerance: number,
): [number, number] {
  let [t0, g0, t1, g1] = [0, va - level, 1, vb - level];
  let t = 0;
  let side = 0;
  for (let step = 0; step < 60; step++) {
    t = (t0 * g1 - t1 * g0) / (g1 - g0);
    const g = field.value(ax + t * (bx - ax), ay + t * (by - ay), cap) - level;
    if (Math.abs(g) <= tolerance || t1 - t0 < 1e-12) break;
    if (g < 0 === g0 < 0) {
      [t0, g0] = [t, g];
      if (side === -1) g1 /= 2;
      side = -1;
    } else {
      [t1, g1] = [t, g];
      if (side === 1) g0 /= 2;
      side = 1;
    }
  }
  return [ax + t * (bx - ax), ay + t * (by - ay)];
}
