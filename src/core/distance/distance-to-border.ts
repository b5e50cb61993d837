import type { BorderIndex } from "./border-index";
import { AuxiliarySphere } from "./auxiliary-sphere";
import { spatialOrder } from "./spatial-order";
import { LocalDistanceModels } from "./distance-field-model";
import { GeodesicFootFinder, type Foot } from "./geodesic-foot";
import { END, MAX_X, MAX_Y, MIN_X, MIN_Y, NODE_FIELDS, pointToSegment, RIGHT, START, STRAY } from "./polyline-tree";

/** A longitude in [-180, 180): a map click can give 429.17 for Kabul. */
function wrapLongitude(lon: number): number {
  return lon >= -180 && lon < 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** Distances of many points, in typed arrays (see `BorderDistanceMeasurer.distances`). */
export interface BorderDistances {
  distanceM: Float64Array;
  nearestLon: Float64Array;
  nearestLat: Float64Array;
  alongKm: Float64Array;
  side: Uint8Array;
}

/** Where a point stands against the border. */
export interface BorderDistance {
  /** Shortest WGS84 geodesic distance to the border line, metres. */
  distanceM: number;
  /** Country code of the side the point is on; null when it is in neither country. */
  side: string | null;
  /** The nearest point of the border. */
  nearestLon: number;
  nearestLat: number;
  /** Position of that point along the border from its start (the Iran tripoint), km. */
  alongKm: number;
}

const R = 6_371_008.8; // mean Earth radius, metres: only for bounds, never for a reported distance
/** How many segments the walk along the line looks past a rise, by default. */
const LOOK_AHEAD = 4;


/**
 * Measures distances from points to one border line. Exact on the WGS84
 * ellipsoid (GeographicLib), fast because the exact step runs only on the
 * segments that can hold the answer:
 *
 * 1. The point is projected (conformal, `LambertConformal`) and Flatbush gives
 *    the segments whose planar distance, divided by the projection's scale
 *    range, could beat the nearest one's.
 * 2. On the planar-nearest segment, Newton steps along the GeographicLib line
 *    (Position, then Inverse from the point) find the foot of the perpendicular
 *    geodesic; past an end the search moves to the next segment.
 * 3. Other candidates are compared with a local model of the distance field
 *    around that foot (its gradient and the curvature M21/m12 of the circle of
 *    that distance); only those the model cannot rule out get the exact step.
 */
/**
 * In a batch, the previous point's nearest segment is the seed for the next when the step between
 * them is under this fraction of the previous distance (far from the line the foot moves slowly;
 * A/B in one process: 13% faster over the region, the same near the line).
 */
const HINT_STEP = 0.1;
export class BorderDistanceMeasurer {
  private readonly p = new Float64Array(2);
  private readonly k = new Float64Array(2);
  private readonly u = new Float64Array(3);
  /** How many segments the walk along the line looks past a rise (small wiggles make shallow false dips). */
  lookAhead = LOOK_AHEAD;
  private readonly evaluated: number[] = [];
  /** Nodes still to visit: at most two a level of the run tree are pending at once. */
  private readonly stack = new Int32Array(256);
  private readonly models: LocalDistanceModels;
  private readonly feet: GeodesicFootFinder;
  private leftSign = 1;

  constructor(private readonly index: BorderIndex, leftReference?: readonly number[]) {
    this.models = new LocalDistanceModels(index);
    this.feet = new GeodesicFootFinder(index);
    if (leftReference) {
      const sign = this.rawSide(this.measure(leftReference[0]!, leftReference[1]!));
      if (sign < 0) this.leftSign = -1;
    }
  }

  /** Length of the whole border along its geodesic segments, km. */
  get lengthKm(): number {
    return this.index.alongM[this.index.segments]! / 1000;
  }

  /** Distance, side, nearest point and position along the border of one point (degrees). */
  distance(lonIn: number, lat: number): BorderDistance {
    const lon = wrapLongitude(lonIn);
    const foot = this.measure(lon, lat);
    return {
      distanceM: foot.distanceM,
      side: this.side(lon, lat, foot),
      nearestLon: foot.lon,
      nearestLat: foot.lat,
      alongKm: (this.index.alongM[foot.segment]! + foot.s) / 1000,
    };
  }

  /**
   * Many points at once, without an object per point: for the command line,
   * the worker and the benchmark. Side codes: 0 neither country, 1 the first
   * side (Afghanistan), 2 the second (Pakistan); NaN coordinates give NaN.
   */
  distances(lons: ArrayLike<number>, lats: ArrayLike<number>): BorderDistances {
    const n = lons.length;
    const out: BorderDistances = {
      distanceM: new Float64Array(n),
      nearestLon: new Float64Array(n),
      nearestLat: new Float64Array(n),
      alongKm: new Float64Array(n),
      side: new Uint8Array(n),
    };
    // In map order, not input order: neighbours share seed cells and cached parts of the index
    // (A/B in one process, starting cold: 12% faster).
    const order = spatialOrder(lons, lats);
    let lastLon = Number.NaN;
    let lastLat = Number.NaN;
    let lastSegment = -1;
    let lastM = 0;
    for (let j = 0; j < n; j++) {
      const i = order[j]!;
      const lon = wrapLongitude(lons[i]!);
      const lat = lats[i]!;
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
        out.distanceM[i] = out.nearestLon[i] = out.nearestLat[i] = out.alongKm[i] = Number.NaN;
        continue;
      }
      // A degree is under 111.4 km on the ellipsoid: the sum of the steps in degrees bounds the step.
      const close = (Math.abs(lon - lastLon) + Math.abs(lat - lastLat)) * 111_400 < HINT_STEP * lastM;
      const foot = this.measure(lon, lat, close ? lastSegment : -1);
      lastLon = lon;
      lastLat = lat;
      lastSegment = foot.segment;
      lastM = foot.distanceM;
      out.distanceM[i] = foot.distanceM;
      out.nearestLon[i] = foot.lon;
      out.nearestLat[i] = foot.lat;
      out.alongKm[i] = (this.index.alongM[foot.segment]! + foot.s) / 1000;
      out.side[i] = this.sideCode(lon, lat, foot);
    }
    return out;
  }

  /** The code of `sides` a side code stands for (null for 0). */
  sideName(code: number): string | null {
    return code === 0 ? null : this.index.sides[code - 1]!;
  }

  private side(lon: number, lat: number, foot: Foot): string | null {
    return this.sideName(this.sideCode(lon, lat, foot));
  }

  private sideCode(lon: number, lat: number, foot: Foot): number {
    const { index } = this;
    if (index.union && !index.union.contains(lon, lat)) return 0;
    const atStart = foot.segment === 0 && foot.at === -1;
    const atEnd = foot.segment === index.segments - 1 && foot.at === 1;
    if ((atStart || atEnd) && index.leftCountry) return index.leftCountry.contains(lon, lat) ? 1 : 2;
    // Very near a long segment its geodesic, its chord here and the outline's edge part ways.
    if (index.leftCountry && foot.distanceM < index.sideMarginM[foot.segment]!) return index.leftCountry.contains(lon, lat) ? 1 : 2;
    // `measure` left the point's projection in this.p.
    return this.rawSide(foot) * this.leftSign >= 0 ? 1 : 2;
  }

  /** +1 left of the line, -1 right, from the point in `this.p` and the foot's segment (or vertex). */
  private rawSide(foot: Foot): number {
    const { segments } = this.index;
    let vertex = -1;
    if (foot.at === -1 && foot.segment > 0) vertex = foot.segment;
    if (foot.at === 1 && foot.segment < segments - 1) vertex = foot.segment + 1;
    if (vertex < 0) return Math.sign(this.leftOf(foot.segment, foot.segment));
    // At a vertex: the sum of the two segments' unit normals (the angle-weighted pseudo-normal's sign).
    return Math.sign(this.leftOf(vertex - 1, vertex) + this.leftOf(vertex, vertex));
  }

  /** How far the point in `this.p` lies left of segment i's direction, measured from vertex v (unit normal). */
  private leftOf(i: number, v: number): number {
    const { xy } = this.index;
    const dx = xy[2 * i + 2]! - xy[2 * i]!;
    const dy = xy[2 * i + 3]! - xy[2 * i + 1]!;
    const len = Math.sqrt(dx * dx + dy * dy) || 1;
    return ((this.p[0]! - xy[2 * v]!) * -dy + (this.p[1]! - xy[2 * v + 1]!) * dx) / len;
  }

  /** The exact nearest foot on the border for a point; leaves the projected point in `this.p`. */
  /** `hint`: a segment to start from instead of the seed grid's (-1: none). */
  private measure(lon: number, lat: number, hint = -1): Foot {
    const { index, evaluated, stack } = this;
    const { runs, xy } = index;
    index.projection.forward(lon, lat, this.p, 0);
    const px = this.p[0]!;
    const py = this.p[1]!;

    // 1. The planar-nearest segment (the projection is conformal: almost always the answer), solved exactly.
    // A seed near the planar-nearest segment, then along the line towards the nearest on the
    // auxiliary sphere (direction-true far from the line, where the plane bends geodesics).
    AuxiliarySphere.unit(lon, lat, this.u);
    const ux = this.u[0]!;
    const uy = this.u[1]!;
    const uz = this.u[2]!;
    this.sphereWalk(hint >= 0 ? hint : index.seedSegment(lon, lat, px, py), ux, uy, uz);
    const first = this.walkSegment;
    const firstT = this.walkT;
    let best = this.feet.descend(first, firstT, lon, lat);
    evaluated.length = 0;
    evaluated.push(first);
    this.models.clear();
    this.settle(best);

    // 2. Rule out the rest run by run: by planar distance over the largest scale of the band
    //    that matters, then by local models of the distance field near each foot found. Leaves
    //    left get the exact step.
    let top = 0;
    stack[top++] = runs.root;
    // A geodesic of length about d bulges poleward of its ends by under d²/(6R) (generous); the
    // first foot's distance bounds every distance that matters from here on. One scale range for
    // the whole walk: a range per run prunes a few more runs but costs more than they save.
    const bulge = Math.min(45, (best.distanceM * best.distanceM) / (6 * R * 111_000)) + 0.01;
    index.scaleBounds(Math.min(lat, index.latMin) - bulge, Math.max(lat, index.latMax) + bulge, this.k);
    const kLo = this.k[0]! * (1 - 1e-9);
    const kHi = this.k[1]! * (1 + 1e-9);
    const nodes = runs.nodes;
    while (top > 0) {
      const node = stack[--top]!;
      const o = NODE_FIELDS * node;
      const a = nodes[o + START]!;
      const b = nodes[o + END]!;
      const right = nodes[o + RIGHT]!;
      // A run holding or touching the best foot's segment cannot be ruled out: open it untested.
      if (right >= 0 && a <= best.segment + 1 && best.segment <= b) {
        stack[top++] = right;
        stack[top++] = node + 1;
        continue;
      }
      // Planar lower bounds: the run's box, then its chord less its stray.
      const reachM = best.distanceM * kHi;
      const bx = Math.max(nodes[o + MIN_X]! - px, 0, px - nodes[o + MAX_X]!);
      const by = Math.max(nodes[o + MIN_Y]! - py, 0, py - nodes[o + MAX_Y]!);
      if (bx * bx + by * by >= reachM * reachM) continue;
      const stray = nodes[o + STRAY]!;
      if (pointToSegment(px, py, xy, a, b) - stray >= reachM) continue;
      if (this.models.rulesOut(a, b, stray / kLo, best.distanceM)) continue;
      if (right >= 0) {
        stack[top++] = right;
        stack[top++] = node + 1;
        continue;
      }
      if (evaluated.includes(a)) continue;
      // A last planar test with the scales between the point's latitude and this segment's only.
      const la = index.lat[a]!;
      const lb = index.lat[a + 1]!;
      index.scaleBounds(Math.min(lat, la, lb) - bulge, Math.max(lat, la, lb) + bulge, this.k);
      if (pointToSegment(px, py, xy, a, b) - stray >= best.distanceM * this.k[1]! * (1 + 1e-9)) continue;
      // Start the exact step where the auxiliary sphere puts this stretch's nearest point.
      // (If that segment was solved already, solve this leaf where it is: it is still in doubt.)
      this.sphereWalk(a, ux, uy, uz);
      const start = evaluated.includes(this.walkSegment) ? a : this.walkSegment;
      if (start === a) {
        index.sphere.closeness(a, ux, uy, uz);
        this.walkT = index.sphere.lastT;
      }
      const foot = this.feet.descend(start, this.walkT, lon, lat);
      if (foot.distanceM < best.distanceM) best = foot;
      // Either way, a model around this foot rules out the rest of its stretch.
      this.settle(foot);
      // The leaf itself, if the walk left it and the new model cannot rule it out, is solved where it is.
      if (start !== a && !evaluated.includes(a) && !this.models.rulesOut(a, a + 1, index.padM[a]! / kLo, best.distanceM)) {
        index.sphere.closeness(a, ux, uy, uz);
        const own = this.feet.descend(a, index.sphere.lastT, lon, lat);
        if (own.distanceM < best.distanceM) best = own;
        this.settle(own);
      }
      evaluated.push(a);
    }
    return best;
  }

  /** Takes a foot found exactly: marks its segment (and the neighbour it was weighed against) done, and models around it. */
  private settle(foot: Foot): void {
    this.evaluated.push(foot.segment);
    if (foot.at !== 0) this.evaluated.push(foot.segment + foot.at);
    this.models.add(foot);
  }

  private walkSegment = 0;
  private walkT = 0;

  /**
   * From segment `seed`, along the line to the nearest segment on the auxiliary
   * sphere, looking a few segments past each rise (small wiggles make shallow
   * false dips). Sets `walkSegment` and `walkT`.
   */
  private sphereWalk(seed: number, ux: number, uy: number, uz: number): void {
    const { sphere, segments } = this.index;
    let best = seed;
    let bestClose = sphere.closeness(seed, ux, uy, uz);
    let bestT = sphere.lastT;
    for (let direction = -1; direction <= 1; direction += 2) {
      let lastBetter = seed;
      for (let c = seed + direction; c >= 0 && c < segments && Math.abs(c - lastBetter) <= this.lookAhead; c += direction) {
        const close = sphere.closeness(c, ux, uy, uz);
        if (close > bestClose) {
          bestClose = close;
          best = c;
          bestT = sphere.lastT;
          lastBetter = c;
        }
      }
    }
    this.walkSegment = best;
    this.walkT = bestT;
  }

}
