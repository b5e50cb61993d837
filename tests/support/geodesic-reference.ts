import geographiclib from "geographiclib-geodesic";
import type { Position } from "geojson";

/**
 * The reference the border distance is tested against, written for clarity,
 * not speed, and sharing no code with src/core: GeographicLib's exact
 * geodesics, with the distance to each candidate segment minimised by
 * golden-section search along its InverseLine to under a millimetre.
 * Candidates: every segment that a spherical lower bound (1% slack covers
 * the ellipsoid) cannot rule out against the best vertex distance.
 */
const { Geodesic } = geographiclib;
const geod = Geodesic.WGS84;
const R_SPHERE = 6_371_008.8;
const DEG = Math.PI / 180;

function haversine(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const a = Math.sin(((lat2 - lat1) * DEG) / 2) ** 2 + Math.cos(lat1 * DEG) * Math.cos(lat2 * DEG) * Math.sin(((lon2 - lon1) * DEG) / 2) ** 2;
  return 2 * R_SPHERE * Math.asin(Math.min(1, Math.sqrt(a)));
}

function distanceTo(lat: number, lon: number, p: { lat2?: number; lon2?: number }): number {
  return geod.Inverse(lat, lon, p.lat2!, p.lon2!, Geodesic.DISTANCE).s12!;
}

export interface ReferenceResult {
  distanceM: number;
  segment: number;
  alongM: number;
  nearest: Position;
}

const lengthsOf = new WeakMap<readonly Position[], number[]>();

/** Each vertex's distance along the line from its start (GeographicLib), worked out once per line. */
function cumulativeLengths(line: readonly Position[]): number[] {
  let alongAt = lengthsOf.get(line);
  if (alongAt) return alongAt;
  alongAt = [0];
  let along = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    along += geod.Inverse(line[i]![1]!, line[i]![0]!, line[i + 1]![1]!, line[i + 1]![0]!, Geodesic.DISTANCE).s12!;
    alongAt.push(along);
  }
  lengthsOf.set(line, alongAt);
  return alongAt;
}

export function referenceDistance(line: readonly Position[], lon: number, lat: number): ReferenceResult {
  const n = line.length;
  let bestUpper = Infinity;
  for (const [vx, vy] of line) bestUpper = Math.min(bestUpper, haversine(lon, lat, vx!, vy!));
  const candidates: number[] = [];
  for (let i = 0; i + 1 < n; i++) {
    const [ax, ay] = line[i]! as [number, number];
    const [bx, by] = line[i + 1]! as [number, number];
    const half = haversine(ax, ay, bx, by) / 2;
    const mid = haversine(lon, lat, (ax + bx) / 2, (ay + by) / 2);
    // Any point of the segment is within half its length (plus slack) of its midpoint.
    if ((mid - half * 1.02 - 50) * 0.99 <= bestUpper * 1.01) candidates.push(i);
  }
  let best: ReferenceResult = { distanceM: Infinity, segment: -1, alongM: 0, nearest: [0, 0] };
  const alongAt = cumulativeLengths(line);
  const gr = (Math.sqrt(5) - 1) / 2;
  for (const i of candidates) {
    const [ax, ay] = line[i]! as [number, number];
    const [bx, by] = line[i + 1]! as [number, number];
    const l = geod.InverseLine(ay, ax, by, bx, Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.DISTANCE_IN);
    const f = (s: number) => distanceTo(lat, lon, l.Position(s, Geodesic.LATITUDE | Geodesic.LONGITUDE));
    let lo = 0;
    let hi = l.s13;
    let x1 = hi - gr * (hi - lo);
    let x2 = lo + gr * (hi - lo);
    let f1 = f(x1);
    let f2 = f(x2);
    while (hi - lo > 1e-4) {
      if (f1 < f2) {
        hi = x2;
        x2 = x1;
        f2 = f1;
        x1 = hi - gr * (hi - lo);
        f1 = f(x1);
      } else {
        lo = x1;
        x1 = x2;
        f1 = f2;
        x2 = lo + gr * (hi - lo);
        f2 = f(x2);
      }
    }
    const options: [number, number][] = [[0, f(0)], [l.s13, f(l.s13)], [(lo + hi) / 2, f((lo + hi) / 2)]];
    for (const [s, d] of options) {
      if (d < best.distanceM) {
        const p = l.Position(s, Geodesic.LATITUDE | Geodesic.LONGITUDE);
        best = { distanceM: d, segment: i, alongM: alongAt[i]! + s, nearest: [p.lon2!, p.lat2!] };
      }
    }
  }
  return best;
}
