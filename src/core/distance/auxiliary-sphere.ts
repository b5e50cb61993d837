const DEG = Math.PI / 180;
const ONE_MINUS_F = 1 - 1 / 298.257223563; // WGS84

/**
 * The border's vertices as unit vectors on the auxiliary sphere (reduced
 * latitude), where great circles follow the ellipsoid's geodesics closely:
 * a cheap and direction-true measure of "which segment is nearest" for points
 * far from the line, where the conformal plane bends geodesics. Only for
 * choosing where to start; distances always come from GeographicLib.
 */
export class AuxiliarySphere {
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly z: Float64Array;
  /** Unit normals of the segments' great circles. */
  private readonly nx: Float64Array;
  private readonly ny: Float64Array;
  private readonly nz: Float64Array;
  /** After `closeness`: the fraction along the segment of the point's foot. */
  lastT = 0;

  constructor(lon: Float64Array, lat: Float64Array) {
    const n = lon.length;
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    this.z = new Float64Array(n);
    const v = new Float64Array(3);
    for (let i = 0; i < n; i++) {
      AuxiliarySphere.unit(lon[i]!, lat[i]!, v);
      [this.x[i], this.y[i], this.z[i]] = [v[0]!, v[1]!, v[2]!];
    }
    this.nx = new Float64Array(n - 1);
    this.ny = new Float64Array(n - 1);
    this.nz = new Float64Array(n - 1);
    for (let i = 0; i + 1 < n; i++) {
      const cx = this.y[i]! * this.z[i + 1]! - this.z[i]! * this.y[i + 1]!;
      const cy = this.z[i]! * this.x[i + 1]! - this.x[i]! * this.z[i + 1]!;
      const cz = this.x[i]! * this.y[i + 1]! - this.y[i]! * this.x[i + 1]!;
      const len = Math.sqrt(cx * cx + cy * cy + cz * cz) || 1;
      [this.nx[i], this.ny[i], this.nz[i]] = [cx / len, cy / len, cz / len];
    }
  }

  /** The unit vector of a point (degrees) on the auxiliary sphere, into `out`. */
  static unit(lon: number, lat: number, out: Float64Array): void {
    const beta = Math.atan(ONE_MINUS_F * Math.tan(lat * DEG));
    const c = Math.cos(beta);
    out[0] = c * Math.cos(lon * DEG);
    out[1] = c * Math.sin(lon * DEG);
    out[2] = Math.sin(beta);
  }

  /** Cosine of the angular distance from unit point P to segment c (larger is nearer); sets `lastT`. */
  closeness(c: number, px: number, py: number, pz: number): number {
    const { x, y, z } = this;
    const ax = x[c]!;
    const ay = y[c]!;
    const az = z[c]!;
    const bx = x[c + 1]!;
    const by = y[c + 1]!;
    const bz = z[c + 1]!;
    const nx = this.nx[c]!;
    const ny = this.ny[c]!;
    const nz = this.nz[c]!;
    const s = px * nx + py * ny + pz * nz;
    // The foot of P on the segment's great circle, and whether it falls between A and B.
    const fx = px - s * nx;
    const fy = py - s * ny;
    const fz = pz - s * nz;
    const afn = (ay * fz - az * fy) * nx + (az * fx - ax * fz) * ny + (ax * fy - ay * fx) * nz;
    const fbn = (fy * bz - fz * by) * nx + (fz * bx - fx * bz) * ny + (fx * by - fy * bx) * nz;
    if (afn >= 0 && fbn >= 0) {
      const f = Math.sqrt(fx * fx + fy * fy + fz * fz) || 1;
      const dx = bx - ax;
      const dy = by - ay;
      const dz = bz - az;
      const len2 = dx * dx + dy * dy + dz * dz;
      const t = len2 > 0 ? ((fx / f - ax) * dx + (fy / f - ay) * dy + (fz / f - az) * dz) / len2 : 0;
      this.lastT = t < 0 ? 0 : t > 1 ? 1 : t;
      return Math.sqrt(Math.max(0, 1 - s * s));
    }
    const pa = px * ax + py * ay + pz * az;
    const pb = px * bx + py * by + pz * bz;
    this.lastT = pa >= pb ? 0 : 1;
    return Math.max(pa, pb);
  }
}
