import type { BorderIndex } from "./border-index";
import { MASK, WGS84 } from "./geodesic";

const R = 6_371_008.8; // mean Earth radius, metres: only for Newton steps, never for a reported distance
const DEG = Math.PI / 180;

/** Result of the exact search on one segment (and its neighbours). */
export interface Foot {
  segment: number;
  s: number;
  distanceM: number;
  lon: number;
  lat: number;
  /** Azimuth at the foot of the geodesic coming from the point (the distance's gradient), degrees. */
  gradientAzi: number;
  /** Radius of curvature of the circle of this distance around the point, at the foot, metres. */
  wavefrontM: number;
  /** -1: at the segment's start, 1: at its end, 0: inside. */
  at: -1 | 0 | 1;
}

/**
 * The exact step: the foot of the shortest geodesic from a point to the
 * border near a starting segment, by Newton steps along GeographicLib lines
 * (Position, then Inverse from the point), moving to the next segment when
 * the foot lies past a vertex.
 */
export class GeodesicFootFinder {
  constructor(private readonly index: BorderIndex) {}

  /** Newton steps along segment c from fraction t, moving to a neighbour when the foot lies past an end. */
  descend(c: number, t: number, lon: number, lat: number): Foot {
    const { index } = this;
    let segment = c;
    let s = t * index.segmentM[segment]!;
    let previous = -1;
    let known: Foot | null = null;
    for (let moves = 0; moves < 10_000; moves++) {
      const foot = this.newton(segment, s, lon, lat, known);
      known = null;
      if (foot.at === -1 && segment > 0 && segment - 1 !== previous) {
        const back = this.slopeAt(segment - 1, index.segmentM[segment - 1]!, foot.gradientAzi);
        if (back > 0) {
          previous = segment;
          segment -= 1;
          s = index.segmentM[segment]!;
          known = foot; // the same vertex: its distance and gradient are known
          continue;
        }
      }
      if (foot.at === 1 && segment < index.segments - 1 && segment + 1 !== previous) {
        const ahead = this.slopeAt(segment + 1, 0, foot.gradientAzi);
        if (ahead < 0) {
          previous = segment;
          segment += 1;
          s = 0;
          known = foot;
          continue;
        }
      }
      return foot;
    }
    throw new Error("distance search did not settle");
  }

  /** Rate of change of the distance when moving forward along segment i at s, given the gradient's azimuth there. */
  private slopeAt(i: number, s: number, gradientAzi: number): number {
    const azi = s <= 0 ? this.index.aziStart[i]! : this.index.aziEnd[i]!;
    return Math.cos((gradientAzi - azi) * DEG);
  }

  /** Position and azimuth at s along segment i: from the stored vertex and azimuths at the ends, else GeographicLib. */
  private pointOn(i: number, s: number): { lat2?: number; lon2?: number; azi2?: number } {
    const { index } = this;
    if (s <= 0) return { lat2: index.lat[i]!, lon2: index.lon[i]!, azi2: index.aziStart[i]! };
    if (s >= index.segmentM[i]!) return { lat2: index.lat[i + 1]!, lon2: index.lon[i + 1]!, azi2: index.aziEnd[i]! };
    return index.line(i).Position(s, MASK.position);
  }

  /**
   * Newton iteration for the foot on one segment, clamped to its ends.
   * `known`: the distance and gradient already found at the starting point (a shared vertex).
   */
  private newton(segment: number, s0: number, lon: number, lat: number, known: Foot | null): Foot {
    const length = this.index.segmentM[segment]!;
    let s = s0;
    for (let iteration = 0; ; iteration++) {
      const at = this.pointOn(segment, s);
      const inv =
        iteration === 0 && known
          ? { s12: known.distanceM, azi2: known.gradientAzi }
          : WGS84.Inverse(lat, lon, at.lat2!, at.lon2!, MASK.distanceAzimuth);
      const d = inv.s12!;
      const slope = Math.cos((inv.azi2! - at.azi2!) * DEG);
      // Radius of curvature of the circle of radius d, on the mean sphere: within 1% of the
      // ellipsoid's m12/M21 (the models allow for that), and not worth a costlier Inverse.
      const rho = R * Math.tan(Math.min(d / R, 1.5));
      let step = d > 0 ? -R * Math.atan(Math.tan(Math.min(d / R, 1.5)) * slope) : 0;
      const target = Math.min(length, Math.max(0, s + step));
      const inside = target > 0 && target < length;
      // Along the segment the distance is d + c·t + (1 − c²)·t²/(2ρ) (c: the slope): its minimum
      // lies lower by c²ρ / (2(1 − c²)). When that is under 1 cm and the slope is small, take it
      // from the formula (its error is then a small fraction of it) instead of another Inverse.
      const c2 = slope * slope;
      // Only for small slopes (|c| < 0.01): the parabola holds while the step is small beside ρ.
      const gain = c2 < 1e-4 ? (c2 * rho) / (2 * (1 - c2)) : Infinity;
      if (inside && gain < 0.01) {
        // At the foot the gradient is square to the line, on the side it already leans to.
        const foot = gain < 1e-9 ? at : this.index.line(segment).Position(target, MASK.position);
        const side = Math.sin((inv.azi2! - at.azi2!) * DEG) >= 0 ? 90 : -90;
        const gradientAzi = gain < 1e-9 ? inv.azi2! : foot.azi2! + side;
        return { segment, s: target, distanceM: d - gain, lon: foot.lon2!, lat: foot.lat2!, gradientAzi, wavefrontM: rho, at: 0 };
      }
      step = target - s;
      const atEnd: -1 | 0 | 1 = target <= 0 && s <= 0 ? -1 : target >= length && s >= length ? 1 : 0;
      if (atEnd !== 0 || iteration >= 12) {
        return {
          segment,
          s: atEnd === 0 ? target : s,
          distanceM: d,
          lon: at.lon2!,
          lat: at.lat2!,
          gradientAzi: inv.azi2!,
          wavefrontM: rho,
          at: atEnd,
        };
      }
      s = target;
    }
  }
}
