import type { Position } from "geojson";
import { metresPerDegreeLat, metresPerDegreeLon } from "../distance/polyline-distance";

/** Twice the signed area of a closed lon/lat ring (positive: counter-clockwise). */
export function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

/** Even-odd test of a point against one closed ring. */
export function inRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i + 1 < ring.length; j = i++) {
    const [xi, yi] = [ring[i]![0]!, ring[i]![1]!];
    const [xj, yj] = [ring[j]![0]!, ring[j]![1]!];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Douglas–Peucker on a closed lon/lat ring, tolerance in metres (a local flat
 * frame at the ring's mean latitude). Kept vertices are input vertices; a ring
 * that would fall below four positions is returned as it was.
 */
export function simplifyRing(ring: readonly Position[], toleranceM: number): Position[] {
  const n = ring.length - 1; // distinct vertices; the last repeats the first
  if (n < 4 || toleranceM <= 0) return [...ring];
  let lat = 0;
  for (let i = 0; i < n; i++) lat += ring[i]![1]! / n;
  const [kx, ky] = [metresPerDegreeLon(lat), metresPerDegreeLat(lat)];
  const x = (i: number) => ring[i]![0]! * kx;
  const y = (i: number) => ring[i]![1]! * ky;
  // Split at the vertex farthest from the first, then simplify both halves as open lines.
  let far = 1;
  for (let i = 1; i < n; i++) if (Math.hypot(x(i) - x(0), y(i) - y(0)) > Math.hypot(x(far) - x(0), y(far) - y(0))) far = i;
  const keep = new Uint8Array(n + 1);
  keep[0] = keep[far] = keep[n] = 1;
  const stack: [number, number][] = [
    [0, far],
    [far, n],
  ];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay, bx, by] = [x(a), y(a), x(b), y(b)];
    const [vx, vy] = [bx - ax, by - ay];
    const len2 = vx * vx + vy * vy;
    let [worst, at] = [-1, -1];
    for (let i = a + 1; i < b; i++) {
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((x(i) - ax) * vx + (y(i) - ay) * vy) / len2)) : 0;
      const d = Math.hypot(x(i) - ax - t * vx, y(i) - ay - t * vy);
      if (d > worst) [worst, at] = [d, i];
    }
    if (worst > toleranceM) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  const out = ring.filter((_, i) => keep[i] === 1);
  return out.length >= 4 ? out : [...ring];
}

/**
 * Groups closed rings into polygons by winding: counter-clockwise rings are
 * outer rings, clockwise ones holes, each put in the smallest outer ring that
 * holds it.
 */
export function ringsToPolygons(rings: readonly Position[][]): Position[][][] {
  const outers = rings.filter((r) => signedArea2(r) > 0).map((r) => ({ ring: r, area: signedArea2(r), holes: [] as Position[][] }));
  outers.sort((a, b) => a.area - b.area);
  for (const hole of rings.filter((r) => signedArea2(r) < 0)) {
    const [x, y] = [hole[0]![0]!, hole[0]![1]!];
    const owner = outers.find((o) => inRing(x, y, o.ring));
    if (owner) owner.holes.push(hole);
  }
  return outers.map((o) => [o.ring, ...o.holes]);
}
