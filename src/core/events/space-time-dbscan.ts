import { WGS84 } from "../distance/geodesic";

/**
 * DBSCAN in space and time. Two points are neighbours when they are within
 * `epsKm` of each other and the hours they may fall in come within `epsHours`
 * of each other (a report known only to the week matches any day of that
 * week). `minPoints` counts the point itself, as in `turf.clustersDbscan`;
 * with 1 every point is a core point and a lone one is a cluster of its own.
 *
 * Clusters are numbered as turf numbers them: in input order of the first
 * core point found, each grown whole before the next starts, and a border
 * point joins the first cluster that reaches it. With `epsHours` infinite and
 * the `sphere` metric the labels are turf's (the tests check it).
 *
 * Speed: a grid of cells at least `epsKm` wide (and split by how long the
 * reports' time spans are), points sorted by cell and within a cell by start
 * time, so a query scans 3 × 3 places and, in each, only the points whose
 * time can match. Every point is queried at most twice
 * (once to count, once to grow a cluster from it), with no neighbour lists:
 * memory is a few typed arrays of the input's length.
 */

export type DistanceMetric = "geodesic" | "sphere";

export interface DbscanParams {
  epsKm: number;
  /** Infinity: space only. */
  epsHours: number;
  minPoints: number;
  /** `geodesic` (WGS84: a locally flat distance decides, GeographicLib where it is within a hair of eps; the default) or `sphere` (turf's haversine). */
  metric?: DistanceMetric;
}

export interface DbscanPoints {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  /** When each point may have happened, hours since 1970: from `startHour` (inclusive) to `endHour` (exclusive). Needed when `epsHours` is finite. */
  startHour?: ArrayLike<number>;
  endHour?: ArrayLike<number>;
}

export interface DbscanLabels {
  /** Cluster of each point (0, 1, …), -1 for noise. Points without finite coordinates or times are always noise. */
  cluster: Int32Array;
  /** 1 where the point is a core point (at least `minPoints` neighbours, itself included). */
  core: Uint8Array;
  clusters: number;
}

/** turf's Earth radius, km: the `sphere` metric is turf's `distance`, operation for operation (so that its labels can be matched exactly). */
const TURF_RADIUS_KM = 6371.0088;
/** WGS84: equatorial radius (km) and first eccentricity squared. */
const A_KM = 6378.137;
const E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);

/** Classes of time span: up to a day, up to a week, longer. */
const SPAN_CLASSES = 3;
/** Cells a query looks in: 3 × 3 places, each in every span class. */
const NEIGHBOURS = 9 * SPAN_CLASSES;

function spanClass(hours: number): number {
  return hours <= 24 ? 0 : hours <= 7 * 24 ? 1 : 2;
}

/** turf's `degreesToRadians`. */
function radians(degrees: number): number {
  return ((degrees % 360) * Math.PI) / 180;
}

export function spaceTimeDbscan(points: DbscanPoints, params: DbscanParams): DbscanLabels {
  return new SpaceTimeDbscan(points, params).run();
}

class SpaceTimeDbscan {
  private readonly n: number;
  private readonly eps: number;
  private readonly epsHours: number;
  private readonly timed: boolean;
  private readonly geodesic: boolean;
  private readonly minPoints: number;
  /** Per position (points sorted by cell, then start): coordinates, hours, original index. */
  private readonly lon: Float64Array;
  private readonly lat: Float64Array;
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  private readonly original: Int32Array;
  /** Per position: cosine of the latitude (as turf computes it), km per degree of latitude and of longitude there (WGS84). */
  private readonly cosLat: Float64Array;
  private readonly kmLat: Float64Array;
  private readonly kmLon: Float64Array;
  /** Relative error the flat distance may have against the geodesic at eps: pairs this close to eps go to GeographicLib. */
  private readonly band: number;
  /** Position of each original point; -1 for a point that takes no part. */
  private readonly position: Int32Array;
  /** Per cell: first position, and (one past) the last; cell of each position; the 3 × 3 neighbourhood of each cell. */
  private readonly cellFirst: Int32Array;
  private readonly cellOf: Int32Array;
  private readonly neighbourCells: Int32Array;
  /** Per cell: the longest time span of its points, to bound the time window from below. */
  private readonly cellSpan: Float64Array;
  private readonly label: Int32Array;
  private readonly core: Uint8Array;
  private readonly visited: Uint8Array;
  private readonly queue: Int32Array;
  private tail = 0;

  constructor(points: DbscanPoints, { epsKm, epsHours, minPoints, metric = "geodesic" }: DbscanParams) {
    const n = points.lon.length;
    this.n = n;
    this.eps = Math.max(0, epsKm);
    this.epsHours = Math.max(0, epsHours);
    this.timed = Number.isFinite(this.epsHours);
    if (this.timed && (!points.startHour || !points.endHour)) throw new Error("a finite eps_hours needs start and end hours");
    this.geodesic = metric === "geodesic";
    this.minPoints = Math.max(1, Math.floor(minPoints));

    // Which points take part, and the grid over them.
    const usable = new Uint8Array(n);
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < n; i++) {
      const x = points.lon[i]!;
      const y = points.lat[i]!;
      if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(y) > 90) continue;
      if (this.timed && !(Number.isFinite(points.startHour![i]!) && Number.isFinite(points.endHour![i]!))) continue;
      usable[i] = 1;
      west = Math.min(west, x);
      east = Math.max(east, x);
      south = Math.min(south, y);
      north = Math.max(north, y);
    }
    // A degree of latitude is over 110.5 km on the ellipsoid and on turf's sphere; one of longitude
    // over 111.19 km × cos(latitude). Cells at least eps wide (2% to spare), so 3 × 3 cells hold every neighbour.
    const cellLat = Math.max(1e-9, this.eps / 110.5);
    const topLat = Math.min(90, Math.max(Math.abs(south), Math.abs(north)) + cellLat);
    const cosTop = Math.cos((topLat * Math.PI) / 180);
    const lonSpan = Math.max(1e-9, east - west);
    const cellLon = cosTop > 0 && this.eps / (111.19 * cosTop) < 0.3 ? Math.max(1e-9, (1.02 * this.eps) / (111.19 * cosTop)) : lonSpan + 1;
    const cols = Math.floor(lonSpan / cellLon) + 1;

    // Dense cell numbers, in the order cells are first met. A cell is a place on the grid and a
    // class of time span (a day or less, a week or less, longer): the time window a query scans
    // reaches back by the longest span in the cell, so month-long reports kept apart from the
    // day-long ones keep the day-long ones' windows short.
    const cellNumber = new Map<number, number>();
    const cellRowCol: number[] = [];
    const cellOfPoint = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      if (!usable[i]) continue;
      const col = Math.floor((points.lon[i]! - west) / cellLon);
      const row = Math.floor((points.lat[i]! - south) / cellLat);
      const spanHours = this.timed ? points.endHour![i]! - points.startHour![i]! : 0;
      const key = (row * cols + col) * SPAN_CLASSES + spanClass(spanHours);
      let c = cellNumber.get(key);
      if (c === undefined) {
        c = cellNumber.size;
        cellNumber.set(key, c);
        cellRowCol.push(row, col);
      }
      cellOfPoint[i] = c;
    }
    const cells = cellNumber.size;

    // Points by start time (stable), then by cell (counting sort, stable): by cell, then start.
    const byStart = Int32Array.from({ length: n }, (_, i) => i).filter((i) => usable[i] === 1);
    if (this.timed) {
      const s = points.startHour!;
      byStart.sort((a, b) => s[a]! - s[b]! || a - b);
    }
    this.cellFirst = new Int32Array(cells + 1);
    for (const i of byStart) this.cellFirst[cellOfPoint[i]! + 1]!++;
    for (let c = 0; c < cells; c++) this.cellFirst[c + 1]! += this.cellFirst[c]!;
    const fill = this.cellFirst.slice(0, cells);
    const m = byStart.length;
    this.original = new Int32Array(m);
    for (const i of byStart) this.original[fill[cellOfPoint[i]!]!++] = i;

    this.lon = new Float64Array(m);
    this.lat = new Float64Array(m);
    this.start = new Float64Array(m);
    this.end = new Float64Array(m);
    this.cellOf = new Int32Array(m);
    this.cosLat = new Float64Array(m);
    this.kmLat = new Float64Array(m);
    this.kmLon = new Float64Array(m);
    this.band = 0.003 + 3 * (this.eps / 6371) ** 2;
    this.position = new Int32Array(n).fill(-1);
    this.cellSpan = new Float64Array(cells);
    for (let p = 0; p < m; p++) {
      const i = this.original[p]!;
      this.position[i] = p;
      this.lon[p] = points.lon[i]!;
      this.lat[p] = points.lat[i]!;
      const phi = radians(this.lat[p]!);
      const sin = Math.sin(phi);
      const w = Math.sqrt(1 - E2 * sin * sin);
      this.cosLat[p] = Math.cos(phi);
      this.kmLat[p] = ((A_KM * (1 - E2)) / (w * w * w)) * (Math.PI / 180);
      this.kmLon[p] = (A_KM / w) * this.cosLat[p]! * (Math.PI / 180);
      this.cellOf[p] = cellOfPoint[i]!;
      if (this.timed) {
        this.start[p] = points.startHour![i]!;
        this.end[p] = points.endHour![i]!;
        const c = cellOfPoint[i]!;
        this.cellSpan[c] = Math.max(this.cellSpan[c]!, this.end[p]! - this.start[p]!);
      }
    }

    // Each cell's 3 × 3 neighbourhood, every span class (-1 after the last).
    this.neighbourCells = new Int32Array(NEIGHBOURS * cells).fill(-1);
    for (let c = 0; c < cells; c++) {
      const row = cellRowCol[2 * c]!;
      const col = cellRowCol[2 * c + 1]!;
      let k = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const cc = col + dc;
          if (cc < 0 || cc >= cols) continue;
          for (let span = 0; span < SPAN_CLASSES; span++) {
            const other = cellNumber.get(((row + dr) * cols + cc) * SPAN_CLASSES + span);
            if (other !== undefined) this.neighbourCells[NEIGHBOURS * c + k++] = other;
          }
        }
      }
    }

    this.label = new Int32Array(m).fill(-1);
    this.core = new Uint8Array(m);
    this.visited = new Uint8Array(m);
    this.queue = new Int32Array(m);
  }

  run(): DbscanLabels {
    let clusters = 0;
    for (let i = 0; i < this.n; i++) {
      const p = this.position[i]!;
      if (p < 0 || this.visited[p]) continue;
      this.visited[p] = 1;
      if (!this.isCore(p)) continue;
      const cluster = clusters++;
      this.core[p] = 1;
      this.label[p] = cluster;
      this.tail = 0;
      this.queue[this.tail++] = p;
      for (let head = 0; head < this.tail; head++) this.scan(this.queue[head]!, cluster);
    }
    const cluster = new Int32Array(this.n).fill(-1);
    const core = new Uint8Array(this.n);
    for (let p = 0; p < this.original.length; p++) {
      cluster[this.original[p]!] = this.label[p]!;
      core[this.original[p]!] = this.core[p]!;
    }
    return { cluster, core, clusters };
  }

  /** Whether p has at least `minPoints` neighbours, itself included (stops counting there). */
  private isCore(p: number): boolean {
    if (this.minPoints <= 1) return true;
    return this.scan(p, -1) >= this.minPoints;
  }

  /**
   * Visits p's neighbours. With `cluster` -1, counts them (up to `minPoints`). Otherwise grows the
   * cluster: an unlabelled neighbour joins it; one not yet visited is visited, and queued if core.
   */
  private scan(p: number, cluster: number): number {
    const { start, end, cellFirst, cellSpan, timed } = this;
    const earliest = start[p]! - this.epsHours;
    const latest = end[p]! + this.epsHours;
    let count = 0;
    const base = NEIGHBOURS * this.cellOf[p]!;
    for (let k = 0; k < NEIGHBOURS; k++) {
      const c = this.neighbourCells[base + k]!;
      if (c < 0) break;
      let from = cellFirst[c]!;
      let to = cellFirst[c + 1]!;
      if (timed) {
        // Starts are sorted within the cell: a point can match only if it starts before `latest`
        // and (its span being at most the cell's longest) after `earliest` less that span.
        from = lowerBound(start, from, to, earliest - cellSpan[c]!);
        to = upperBound(start, from, to, latest);
      }
      for (let q = from; q < to; q++) {
        if (timed && (start[q]! > latest || end[q]! < earliest)) continue;
        if (!this.near(p, q)) continue;
        count++;
        if (cluster < 0) {
          if (count >= this.minPoints) return count;
          continue;
        }
        if (this.label[q]! < 0) this.label[q] = cluster;
        if (!this.visited[q]) {
          this.visited[q] = 1;
          if (this.isCore(q)) {
            this.core[q] = 1;
            this.queue[this.tail++] = q;
          }
        }
      }
    }
    return count;
  }

  /** Whether positions p and q are within eps of each other. */
  private near(p: number, q: number): boolean {
    const { lon, lat } = this;
    if (!this.geodesic) {
      // turf's haversine, with the latitudes' cosines it would compute kept per point.
      const dLat = radians(lat[q]! - lat[p]!);
      const dLon = radians(lon[q]! - lon[p]!);
      const a = Math.pow(Math.sin(dLat / 2), 2) + Math.pow(Math.sin(dLon / 2), 2) * this.cosLat[p]! * this.cosLat[q]!;
      return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * TURF_RADIUS_KM <= this.eps;
    }
    // On the ellipsoid, locally flat: the metres of a degree at each end (their geometric mean
    // across), within `band` of the geodesic; only pairs within that of eps take an Inverse.
    const dy = (lat[q]! - lat[p]!) * 0.5 * (this.kmLat[p]! + this.kmLat[q]!);
    const dx = (lon[q]! - lon[p]!) * Math.sqrt(this.kmLon[p]! * this.kmLon[q]!);
    const flat2 = dx * dx + dy * dy;
    const eps = this.eps;
    const low = eps * (1 - this.band);
    const high = eps * (1 + this.band);
    if (flat2 <= low * low) return true;
    if (flat2 > high * high) return false;
    return WGS84.Inverse(lat[p]!, lon[p]!, lat[q]!, lon[q]!).s12! <= eps * 1000;
  }
}

/** First index in [from, to) whose value is at least x (values sorted). */
function lowerBound(values: Float64Array, from: number, to: number, x: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in [from, to) whose value is above x (values sorted). */
function upperBound(values: Float64Array, from: number, to: number, x: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
