/**
 * Lambert conformal conic projection of the WGS84 ellipsoid (Snyder, "Map
 * Projections: A Working Manual", 1987, eqs. 15-1 to 15-9), used only to find
 * candidate border segments quickly: it is conformal, so right angles and
 * nearest points survive it, and its scale varies slowly, so a planar distance
 * bounds the true one once divided by the scale range. Final distances are
 * always computed on the ellipsoid with GeographicLib.
 */

const A = 6_378_137; // WGS84 semi-major axis, metres
const F = 1 / 298.257223563; // WGS84 flattening
const E = Math.sqrt(F * (2 - F)); // first eccentricity
const RAD = Math.PI / 180;

function m(phi: number): number {
  const s = Math.sin(phi);
  return Math.cos(phi) / Math.sqrt(1 - E * E * s * s);
}

function t(phi: number): number {
  const s = Math.sin(phi);
  return Math.tan(Math.PI / 4 - phi / 2) / Math.pow((1 - E * s) / (1 + E * s), E / 2);
}

export interface LambertOptions {
  standardParallels: [number, number]; // degrees
  origin: [lon: number, lat: number]; // degrees
}

export class LambertConformal {
  private readonly n: number;
  private readonly aF: number;
  private readonly rho0: number;
  private readonly lon0: number;
  private minLat = 0;
  private minScale = 1;

  constructor({ standardParallels: [p1, p2], origin: [lon0, lat0] }: LambertOptions) {
    const phi1 = p1 * RAD;
    const phi2 = p2 * RAD;
    this.n = p1 === p2 ? Math.sin(phi1) : (Math.log(m(phi1)) - Math.log(m(phi2))) / (Math.log(t(phi1)) - Math.log(t(phi2)));
    this.aF = (A * m(phi1)) / (this.n * Math.pow(t(phi1), this.n));
    this.rho0 = this.aF * Math.pow(t(lat0 * RAD), this.n);
    this.lon0 = lon0;
    this.findMinimum(p1, p2);
  }

  /** Projects [lon, lat] in degrees to [x, y] in metres, writing into `out` at `offset`. */
  forward(lon: number, lat: number, out: Float64Array, offset: number): void {
    const rho = this.aF * Math.pow(t(lat * RAD), this.n);
    const theta = this.n * (lon - this.lon0) * RAD;
    out[offset] = rho * Math.sin(theta);
    out[offset + 1] = this.rho0 - rho * Math.cos(theta);
  }

  /** Grid convergence at a longitude, degrees: a true azimuth minus this is a bearing in the plane. */
  convergence(lon: number): number {
    return this.n * (lon - this.lon0);
  }

  /** Scale factor at a latitude (degrees): projected length over ellipsoidal length, the same in every direction. */
  scale(lat: number): number {
    const phi = lat * RAD;
    return (this.n * this.aF * Math.pow(t(phi), this.n)) / (A * m(phi));
  }

  /**
   * Smallest and largest scale factor over a band of latitudes, written into
   * `out`. The scale falls to one minimum between the standard parallels and
   * rises on either side, so the band's ends and that minimum bound it.
   */
  scaleRange(latLo: number, latHi: number, out: Float64Array): void {
    const kLo = this.scale(latLo);
    const kHi = this.scale(latHi);
    out[0] = this.minLat > latLo && this.minLat < latHi ? this.minScale : Math.min(kLo, kHi);
    out[1] = Math.max(kLo, kHi);
  }

  /** Latitude of the smallest scale (golden-section search between the parallels) and that scale. */
  private findMinimum(p1: number, p2: number): void {
    let lo = Math.min(p1, p2);
    let hi = Math.max(p1, p2);
    const g = (Math.sqrt(5) - 1) / 2;
    for (let i = 0; i < 80; i++) {
      const a = hi - g * (hi - lo);
      const b = lo + g * (hi - lo);
      if (this.scale(a) < this.scale(b)) hi = b;
      else lo = a;
    }
    this.minLat = (lo + hi) / 2;
    this.minScale = this.scale(this.minLat);
  }
}
