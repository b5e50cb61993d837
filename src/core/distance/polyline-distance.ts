import Flatbush from "flatbush";
import type { Position } from "geojson";
import { MASK, WGS84 } from "./geodesic";

const A = 6_378_137; // WGS84 semi-major axis, metres
const E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563); // first eccentricity squared
const DEG = Math.PI / 180;

/** Metres per degree of latitude on WGS84 (meridional radius of curvature). */
export function metresPerDegreeLat(lat: number): number {
  const s = Math.sin(lat * DEG);
  const w = 1 - E2 * s * s;
  return (A * (1 - E2) * DEG) / (w * Math.sqrt(w));
}

/** Metres per degree of longitude on WGS84 (prime-vertical radius of curvature × cos latitude). */
export function metresPerDegreeLon(lat: number): number {
  const s = Math.sin(lat * DEG);
  return (A * DEG * Math.cos(lat * DEG)) / Math.sqrt(1 - E2 * s * s);
}

/**
 * Splits segments longer than `maxM` along their WGS84 geodesic, so that each
 * piece is straight in a local lon/lat frame to a few centimetres (a 67 km
 * segment's geodesic bows some 50 m away from its straight lon/lat chord).
 */
export function densifyGeodesic(line: readonly Position[], maxM: number): Position[] {
  const out: Position[] = [line[0]!];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const geodesic = WGS84.InverseLine(a[1]!, a[0]!, b[1]!, b[0]!, MASK.positionUnrolled | MASK.lineCaps);
    const pieces = Math.ceil(geodesic.s13 / maxM);
    for (let k = 1; k < pieces; k++) {
      const p = geodesic.Position((geodesic.s13 * k) / pieces, MASK.positionUnrolled);
      out.push([p.lon2!, p.lat2!]);
    }
    out.push(b);
  }
  return out;
}

/**
 * Distance from points to a polyline of short segments, metres on WGS84, by a
 * local flat frame: the foot is found with the metres per degree at the point,
 * the distance to it with those at the mean latitude of point and foot.
 * Accurate to about 1e-5 of the distance out to a few hundred kilometres
 * (tests compare with GeographicLib); an independent check of the exact
 * measurer, and fast enough to trace iso-distance lines.
 *
 * The search: the segment whose box is nearest (Flatbush, in a frame scaled
 * by the smallest metres per degree of the region, so box distances are lower
 * bounds) gives an upper bound, then every segment in the box of that radius
 * is measured.
 */
export class PolylineDistance {
  private readonly lon: Float64Array;
  private readonly lat: Float64Array;
  private readonly tree: Flatbush;
  /** Metres per degree of the scaled frame: no smaller anywhere within `reachDeg` of the line. */
  private readonly kx0: number;
  private readonly ky0: number;

  /**
   * @param line vertices [lon, lat], at least two; segments should be short (see `densifyGeodesic`).
   * @param reachDeg how far from the line (degrees of latitude) queries may lie
   */
  constructor(line: readonly Position[], reachDeg = 6) {
    const n = line.length;
    if (n < 2) throw new Error("a polyline needs at least two vertices");
    this.lon = Float64Array.from(line, (p) => p[0]!);
    this.lat = Float64Array.from(line, (p) => p[1]!);
    let polewardLat = 0;
    for (const lat of this.lat) polewardLat = Math.max(polewardLat, Math.abs(lat));
    this.kx0 = metresPerDegreeLon(Math.min(89.9, polewardLat + reachDeg));
    this.ky0 = metresPerDegreeLat(0);
    this.tree = new Flatbush(n - 1);
    for (let i = 0; i + 1 < n; i++) {
      const [x1, y1, x2, y2] = [this.lon[i]! * this.kx0, this.lat[i]! * this.ky0, this.lon[i + 1]! * this.kx0, this.lat[i + 1]! * this.ky0];
      this.tree.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }
    this.tree.finish();
  }

  /** Distance in metres from (lon, lat) to the line, or `capM` when nothing of the line is nearer than `capM`. */
  distanceM(lon: number, lat: number, capM: number): number {
    const ky = metresPerDegreeLat(lat);
    const kx = metresPerDegreeLon(lat);
    // An upper bound first: the segment whose box is nearest in the scaled frame.
    const [hint] = this.tree.neighbors(lon * this.kx0, lat * this.ky0, 1, capM);
    if (hint === undefined) return capM;
    let best = Math.min(capM, this.segmentM(hint, lon, lat, kx, ky));
    // Then every segment in the box of that radius (the true distance is ≤ best).
    const dLat = (best / ky) * 1.01 + 1e-9;
    const dLon = (best / metresPerDegreeLon(Math.min(89.9, Math.abs(lat) + dLat))) * 1.01 + 1e-9;
    for (const i of this.tree.search((lon - dLon) * this.kx0, (lat - dLat) * this.ky0, (lon + dLon) * this.kx0, (lat + dLat) * this.ky0)) {
      if (i !== hint) best = Math.min(best, this.segmentM(i, lon, lat, kx, ky, best));
    }
    return best;
  }

  /**
   * Distance to segment i: its foot in the point's flat frame, then the distance at the mean latitude.
   * Segments plainly farther than `bound` in the point's frame (off by < tan(lat)·d/2R of d) are skipped.
   */
  private segmentM(i: number, lon: number, lat: number, kx: number, ky: number, bound = Infinity): number {
    const ax = (this.lon[i]! - lon) * kx;
    const ay = (this.lat[i]! - lat) * ky;
    const vx = (this.lon[i + 1]! - this.lon[i]!) * kx;
    const vy = (this.lat[i + 1]! - this.lat[i]!) * ky;
    const len2 = vx * vx + vy * vy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * vx + ay * vy) / len2)) : 0;
    if (Math.hypot(ax + t * vx, ay + t * vy) > bound * (1.01 + bound / 6e6) + 1) return Infinity;
    const footLon = this.lon[i]! + t * (this.lon[i + 1]! - this.lon[i]!);
    const footLat = this.lat[i]! + t * (this.lat[i + 1]! - this.lat[i]!);
    return flatDistanceM(lon, lat, footLon, footLat);
  }
}

/** Flat-frame distance between two positions, at their mean latitude, metres. */
export function flatDistanceM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const mid = (lat1 + lat2) / 2;
  return Math.hypot((lon2 - lon1) * metresPerDegreeLon(mid), (lat2 - lat1) * metresPerDegreeLat(mid));
}
