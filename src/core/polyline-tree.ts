/**
 * A binary hierarchy over a polyline's consecutive segments. Each node holds
 * the chord from its first to its last vertex and a bound on how far any part
 * of its run strays from that chord, so that "no point of these 4,000
 * segments can be nearer than d" is one point-to-segment test. Bounds are
 * built bottom-up: a child's stray plus the distance of its chord's ends from
 * the parent's chord bounds the parent's stray (distance to a segment is
 * convex along a segment).
 */
export class PolylineTree {
  /** First segment and one past the last, per node. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Children per node; -1 for leaves. */
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Bound on the distance of the node's run from its chord, in the plane's units. */
  readonly stray: Float64Array;
  /** A centre (radians) and a radius (metres on the mean sphere) holding each node's run. */
  readonly centreLon: Float64Array;
  readonly centreLat: Float64Array;
  readonly centreCos: Float64Array;
  readonly radiusM: Float64Array;
  /** Bounding box of each node's run in the plane (with the leaves' stray). */
  readonly minX: Float64Array;
  readonly minY: Float64Array;
  readonly maxX: Float64Array;
  readonly maxY: Float64Array;
  /** Latitude band of each node's run, degrees. */
  readonly latMin: Float64Array;
  readonly latMax: Float64Array;
  readonly root: number;
  private count = 0;

  /**
   * @param xy vertices, x and y interleaved (projected metres)
   * @param leafStray per segment: how far the true segment may stray from its straight chord
   */
  constructor(
    private readonly xy: Float64Array,
    leafStray: Float64Array,
    private readonly lonLat: { lon: Float64Array; lat: Float64Array },
  ) {
    const segments = leafStray.length;
    const capacity = 2 * segments;
    this.centreLon = new Float64Array(capacity);
    this.centreLat = new Float64Array(capacity);
    this.centreCos = new Float64Array(capacity);
    this.radiusM = new Float64Array(capacity);
    this.latMin = new Float64Array(capacity);
    this.minX = new Float64Array(capacity);
    this.minY = new Float64Array(capacity);
    this.maxX = new Float64Array(capacity);
    this.maxY = new Float64Array(capacity);
    this.latMax = new Float64Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.left = new Int32Array(capacity).fill(-1);
    this.right = new Int32Array(capacity).fill(-1);
    this.stray = new Float64Array(capacity);
    this.root = this.build(0, segments, leafStray);
  }

  private build(from: number, to: number, leafStray: Float64Array): number {
    const xy = this.xy;
    const node = this.count++;
    this.start[node] = from;
    this.end[node] = to;
    this.setCentre(node, from, to);
    if (to - from === 1) {
      const pad = leafStray[from]!;
      this.minX[node] = Math.min(xy[2 * from]!, xy[2 * to]!) - pad;
      this.minY[node] = Math.min(xy[2 * from + 1]!, xy[2 * to + 1]!) - pad;
      this.maxX[node] = Math.max(xy[2 * from]!, xy[2 * to]!) + pad;
      this.maxY[node] = Math.max(xy[2 * from + 1]!, xy[2 * to + 1]!) + pad;
      this.latMin[node] = Math.min(lonLatOf(this.lonLat, from), lonLatOf(this.lonLat, to));
      this.latMax[node] = Math.max(lonLatOf(this.lonLat, from), lonLatOf(this.lonLat, to));
      this.stray[node] = leafStray[from]!;
      const r = Math.max(this.sphereToVertex(node, from), this.sphereToVertex(node, to));
      this.radiusM[node] = r * 1.001 + leafStray[from]! + 1;
      return node;
    }
    const mid = (from + to) >>> 1;
    const l = this.build(from, mid, leafStray);
    const r = this.build(mid, to, leafStray);
    this.left[node] = l;
    this.right[node] = r;
    this.minX[node] = Math.min(this.minX[l]!, this.minX[r]!);
    this.minY[node] = Math.min(this.minY[l]!, this.minY[r]!);
    this.maxX[node] = Math.max(this.maxX[l]!, this.maxX[r]!);
    this.maxY[node] = Math.max(this.maxY[l]!, this.maxY[r]!);
    this.latMin[node] = Math.min(this.latMin[l]!, this.latMin[r]!);
    this.latMax[node] = Math.max(this.latMax[l]!, this.latMax[r]!);
    let stray = 0;
    for (const child of [l, r]) {
      const reach = Math.max(this.vertexToChord(this.start[child]!, node), this.vertexToChord(this.end[child]!, node));
      stray = Math.max(stray, this.stray[child]! + reach);
    }
    this.stray[node] = stray;
    let radius = 0;
    for (const child of [l, r]) {
      const between = sphereDistanceM(this.centreLon[node]!, this.centreLat[node]!, this.centreCos[node]!, this.centreLon[child]!, this.centreLat[child]!, this.centreCos[child]!);
      radius = Math.max(radius, between * 1.001 + this.radiusM[child]!);
    }
    this.radiusM[node] = radius;
    return node;
  }

  /** The centre of a run: the midpoint (in lon/lat) of its chord. */
  private setCentre(node: number, from: number, to: number): void {
    const { lon, lat } = this.lonLat;
    const cLon = ((lon[from]! + lon[to]!) / 2) * RAD;
    const cLat = ((lat[from]! + lat[to]!) / 2) * RAD;
    this.centreLon[node] = cLon;
    this.centreLat[node] = cLat;
    this.centreCos[node] = Math.cos(cLat);
  }

  private sphereToVertex(node: number, v: number): number {
    const { lon, lat } = this.lonLat;
    const vLat = lat[v]! * RAD;
    return sphereDistanceM(this.centreLon[node]!, this.centreLat[node]!, this.centreCos[node]!, lon[v]! * RAD, vLat, Math.cos(vLat));
  }

  /** Planar distance from vertex v to the chord of a node. */
  private vertexToChord(v: number, node: number): number {
    return pointToSegment(this.xy[2 * v]!, this.xy[2 * v + 1]!, this.xy, this.start[node]!, this.end[node]!);
  }
}

const RAD = Math.PI / 180;
const lonLatOf = (ll: { lat: Float64Array }, v: number) => ll.lat[v]!;
/** Mean Earth radius: the sphere distances here only bound the true ones, never stand for them. */
export const SPHERE_R = 6_371_008.8;

/** Great-circle distance on the mean sphere (haversine), from radians and the latitudes' cosines. */
export function sphereDistanceM(lon1: number, lat1: number, cos1: number, lon2: number, lat2: number, cos2: number): number {
  const sLat = Math.sin((lat2 - lat1) / 2);
  const sLon = Math.sin((lon2 - lon1) / 2);
  const h = sLat * sLat + cos1 * cos2 * sLon * sLon;
  return 2 * SPHERE_R * Math.asin(Math.min(1, Math.sqrt(h)));
}

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
