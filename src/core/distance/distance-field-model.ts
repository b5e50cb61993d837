import type { BorderIndex } from "./border-index";

const DEG = Math.PI / 180;
const R = 6_371_008.8;
const WGS84_A = 6_378_137;
const WGS84_E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);
const FIELDS = 10;

/** A foot found exactly: where, how far, and the shape of the distance field there. */
export interface ModelledFoot {
  lon: number;
  lat: number;
  distanceM: number;
  /** Azimuth at the foot of the geodesic coming from the point, degrees. */
  gradientAzi: number;
  /** Radius of curvature of the circle of that distance around the point, metres (mean sphere: R·tan(d/R)). */
  wavefrontM: number;
}

/**
 * Local models of the distance from one point, one around each local minimum
 * found on the border, in the east-north plane at that foot: distance ≈
 * d_foot + |X − O| − ρ, with O the centre of curvature of the circle of
 * radius d_foot (ρ = m12/M21 from GeographicLib). They rule out whole runs of
 * segments that cannot beat the best distance, without a geodesic step.
 */
export class LocalDistanceModels {
  private readonly data: Float64Array;
  private count = 0;

  constructor(
    private readonly index: BorderIndex,
    private readonly capacity = 8,
  ) {
    this.data = new Float64Array(FIELDS * capacity);
  }

  clear(): void {
    this.count = 0;
  }

  /** Adds a model around a foot (the first one is kept; later ones replace each other in turn). */
  add(foot: ModelledFoot): void {
    const slot = this.count < this.capacity ? this.count : 1 + ((this.count - 1) % (this.capacity - 1));
    this.count++;
    const m = this.data;
    const o = FIELDS * slot;
    const phi = foot.lat * DEG;
    const sin = Math.sin(phi);
    const w = Math.sqrt(1 - WGS84_E2 * sin * sin);
    const rho = Math.min(foot.wavefrontM, R);
    const g = foot.gradientAzi * DEG;
    m[o] = foot.lon;
    m[o + 1] = foot.lat;
    m[o + 2] = (WGS84_A * (1 - WGS84_E2)) / (w * w * w); // meridian radius
    m[o + 3] = (WGS84_A / w) * DEG; // prime vertical radius per degree of longitude
    m[o + 4] = Math.cos(phi);
    m[o + 5] = sin;
    m[o + 6] = rho;
    m[o + 7] = -rho * Math.sin(g); // O, east
    m[o + 8] = -rho * Math.cos(g); // O, north
    m[o + 9] = foot.distanceM;
  }

  /** Whether some model shows that no point within `strayM` of the chord from vertex a to b is nearer than `bestM`. */
  rulesOut(a: number, b: number, strayM: number, bestM: number): boolean {
    const used = Math.min(this.count, this.capacity);
    for (let j = 0; j < used; j++) if (this.rulesOutWith(FIELDS * j, a, b, strayM, bestM)) return true;
    return false;
  }

  private rulesOutWith(o: number, a: number, b: number, strayM: number, bestM: number): boolean {
    const { lon, lat } = this.index;
    const m = this.data;
    const rho = m[o + 6]!;
    // East-north offsets from the foot by the mid-latitude formula (cosine by series: no
    // trigonometry), turned by half the meridian convergence, Δλ·sin φm / 2, so that directions
    // are azimuths at the foot: without that turn, the gradient term errs by reach²·tan φ/(2R).
    const halfA = ((lat[a]! - m[o + 1]!) * DEG) / 2;
    const halfB = ((lat[b]! - m[o + 1]!) * DEG) / 2;
    const dLonA = lon[a]! - m[o]!;
    const dLonB = lon[b]! - m[o]!;
    const eA = dLonA * m[o + 3]! * (m[o + 4]! * (1 - (halfA * halfA) / 2) - m[o + 5]! * halfA);
    const nA = 2 * halfA * m[o + 2]!;
    const eB = dLonB * m[o + 3]! * (m[o + 4]! * (1 - (halfB * halfB) / 2) - m[o + 5]! * halfB);
    const nB = 2 * halfB * m[o + 2]!;
    const turnA = (dLonA * DEG * (m[o + 5]! + m[o + 4]! * halfA)) / 2;
    const turnB = (dLonB * DEG * (m[o + 5]! + m[o + 4]! * halfB)) / 2;
    const ex1 = eA - nA * turnA;
    const ny1 = nA + eA * turnA;
    const ex2 = eB - nB * turnB;
    const ny2 = nB + eB * turnB;
    // Math.sqrt, not Math.hypot: this runs tens of times a point and hypot is several times slower.
    const reach = Math.sqrt(Math.max(ex1 * ex1 + ny1 * ny1, ex2 * ex2 + ny2 * ny2)) + strayM;
    // Far from the foot the model is not trusted: it rules nothing out.
    if (reach > 0.2 * rho) return false;
    const ox = m[o + 7]!;
    const oy = m[o + 8]!;
    const dx = ex2 - ex1;
    const dy = ny2 - ny1;
    const len2 = dx * dx + dy * dy;
    let t = len2 > 0 ? ((ox - ex1) * dx + (oy - ny1) * dy) / len2 : 0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    const qx = ex1 + t * dx - ox;
    const qy = ny1 + t * dy - oy;
    const excess = Math.sqrt(qx * qx + qy * qy) - rho - strayM;
    // Model error, against q = reach²/(2ρ), the size of its quadratic term: ρ is the mean sphere's
    // (within 1% of the ellipsoid's); third-order terms are under q·reach/ρ (taken twice); the
    // east-north plane's own error is about reach³/R² (taken four times); plus 1 mm.
    const q = (reach * reach) / (2 * rho);
    const tolerance = 0.001 + q * (0.01 + (2 * reach) / rho) + (4 * reach * reach * reach) / (R * R);
    return m[o + 9]! + excess - tolerance >= bestM;
  }
}
