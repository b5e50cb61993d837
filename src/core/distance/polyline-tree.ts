/**
 * A binary hierarchy over a polyline's consecutive segments. Each node holds
 * the chord from its first to its last vertex and a bound on how far any part
 * of its run strays from that chord, so that "no point of these 4,000
 * segments can be nearer than d" is one point-to-segment test. Bounds are
 * built bottom-up: a child's stray plus the distance of its chord's ends from
 * the parent's chord bounds the parent's stray (distance to a segment is
 * convex along a segment).
 *
 * Nodes are numbered in pre-order (a node's left child is the next node) and
 * packed into one array, `NODE_FIELDS` numbers a node, so that the few numbers
 * a query reads of a node share a cache line: the walk visits tens of nodes a
 * point, and separate arrays per field cost a cache miss each.
 */
export class PolylineTree {
  /** Per node, at `NODE_FIELDS * node`: box minX, minY, maxX, maxY (with the leaves' stray), stray, first segment, one past the last, right child (-1 for a leaf). */
  readonly nodes: Float64Array;
  readonly root = 0;
  private count = 0;

  /**
   * @param xy vertices, x and y interleaved (projected metres)
   * @param leafStray per segment: how far the true segment may stray from its straight chord
   */
  constructor(
    private readonly xy: Float64Array,
    leafStray: Float64Array,
  ) {
    const segments = leafStray.length;
    this.nodes = new Float64Array(NODE_FIELDS * Math.max(1, 2 * segments - 1));
    this.build(0, segments, leafStray);
  }

  /** First segment of a node's run. */
  start(node: number): number {
    return this.nodes[NODE_FIELDS * node + START]!;
  }

  /** One past the last segment of a node's run. */
  end(node: number): number {
    return this.nodes[NODE_FIELDS * node + END]!;
  }

  /** Bound on the distance of the node's run from its chord, in the plane's units. */
  stray(node: number): number {
    return this.nodes[NODE_FIELDS * node + STRAY]!;
  }

  /** The node's children, or null for a leaf. */
  children(node: number): [number, number] | null {
    const right = this.nodes[NODE_FIELDS * node + RIGHT]!;
    return right < 0 ? null : [node + 1, right];
  }

  private build(from: number, to: number, leafStray: Float64Array): number {
    const { xy, nodes } = this;
    const node = this.count++;
    const o = NODE_FIELDS * node;
    nodes[o + START] = from;
    nodes[o + END] = to;
    if (to - from === 1) {
      const pad = leafStray[from]!;
      nodes[o + MIN_X] = Math.min(xy[2 * from]!, xy[2 * to]!) - pad;
      nodes[o + MIN_Y] = Math.min(xy[2 * from + 1]!, xy[2 * to + 1]!) - pad;
      nodes[o + MAX_X] = Math.max(xy[2 * from]!, xy[2 * to]!) + pad;
      nodes[o + MAX_Y] = Math.max(xy[2 * from + 1]!, xy[2 * to + 1]!) + pad;
      nodes[o + STRAY] = pad;
      nodes[o + RIGHT] = -1;
      return node;
    }
    const mid = (from + to) >>> 1;
    const l = this.build(from, mid, leafStray);
    const r = this.build(mid, to, leafStray);
    const [ol, or] = [NODE_FIELDS * l, NODE_FIELDS * r];
    nodes[o + RIGHT] = r;
    nodes[o + MIN_X] = Math.min(nodes[ol + MIN_X]!, nodes[or + MIN_X]!);
    nodes[o + MIN_Y] = Math.min(nodes[ol + MIN_Y]!, nodes[or + MIN_Y]!);
    nodes[o + MAX_X] = Math.max(nodes[ol + MAX_X]!, nodes[or + MAX_X]!);
    nodes[o + MAX_Y] = Math.max(nodes[ol + MAX_Y]!, nodes[or + MAX_Y]!);
    let stray = 0;
    for (const child of [l, r]) {
      const oc = NODE_FIELDS * child;
      const reach = Math.max(this.vertexToChord(nodes[oc + START]!, from, to), this.vertexToChord(nodes[oc + END]!, from, to));
      stray = Math.max(stray, nodes[oc + STRAY]! + reach);
    }
    nodes[o + STRAY] = stray;
    return node;
  }

  /** Planar distance from vertex v to the chord from vertex a to vertex b. */
  private vertexToChord(v: number, a: number, b: number): number {
    return pointToSegment(this.xy[2 * v]!, this.xy[2 * v + 1]!, this.xy, a, b);
  }
}

/** Numbers per node in `PolylineTree.nodes`, and their offsets. */
export const NODE_FIELDS = 8;
export const MIN_X = 0;
export const MIN_Y = 1;
export const MAX_X = 2;
export const MAX_Y = 3;
export const STRAY = 4;
export const START = 5;
export const END = 6;
export const RIGHT = 7;

/** Planar distance from (px, py) to the segment between vertices a and b of an interleaved array. */
export function pointToSegment(px: number, py: number, xy: Float64Array, a: number, b: number): number {
  const ax = xy[2 * a]!;
  const ay = xy[2 * a + 1]!;
  const dx = xy[2 * b]! - ax;
  const dy = xy[2 * b + 1]! - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const qx = px - ax - t * dx;
  const qy = py - ay - t * dy;
  return Math.sqrt(qx * qx + qy * qy);
}
