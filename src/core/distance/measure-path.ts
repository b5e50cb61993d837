import { MASK, WGS84 } from "./geodesic";

/** [longitude, latitude] in degrees, WGS84. */
export type LonLat = [number, number];

/** One leg of a measured path: from one clicked point to the next. */
export interface MeasureLeg {
  /** WGS84 geodesic length of the leg (GeographicLib), metres. */
  lengthM: number;
  /** Length of the path up to the end of this leg, metres. */
  cumulativeM: number;
  /** The leg drawn as the geodesic itself, start and end included; longitudes unrolled. */
  path: LonLat[];
  /** The geodesic's midpoint, where the leg's label goes. */
  midpoint: LonLat;
}

export interface MeasuredPath {
  /** The points as given. */
  points: LonLat[];
  legs: MeasureLeg[];
  totalM: number;
}

export interface MeasurePathOptions {
  maxStepM?: number; // longest gap between drawn points along a leg, metres
  maxPointsPerLeg?: number; // cap on drawn points per leg, for legs across continents
}

const DEFAULTS: Required<MeasurePathOptions> = {
  maxStepM: 1_000,
  maxPointsPerLeg: 512,
};

/**
 * Lengths of a path of clicked points along WGS84 geodesics, and each leg
 * densified along its geodesic (GeographicLib `InverseLine(...).Position(...)`)
 * so that a map draws the true shortest path, not a straight screen line.
 * Longitudes run on without a jump across ±180°, leg after leg.
 *
 * @example
 * measurePath([[66.45, 30.99], [71.58, 34.01]]).totalM // ≈ 586,870 m, Spin Boldak to Peshawar
 */
export function measurePath(points: readonly (readonly [number, number])[], options: MeasurePathOptions = {}): MeasuredPath {
  const { maxStepM, maxPointsPerLeg } = { ...DEFAULTS, ...options };
  const legs: MeasureLeg[] = [];
  let totalM = 0;
  // Where the previous leg ended, its longitude unrolled: the next leg starts there.
  let startLon = points[0]?.[0] ?? 0;
  for (let i = 1; i < points.length; i++) {
    const [, lat1] = points[i - 1]!;
    const [lon2, lat2] = points[i]!;
    const line = WGS84.InverseLine(lat1, startLon, lat2, lon2, MASK.lineCaps);
    const lengthM = line.s13;
    const steps = Math.min(maxPointsPerLeg - 1, Math.max(1, Math.ceil(lengthM / maxStepM)));
    const at = (s: number): LonLat => {
      const p = line.Position(s, MASK.positionUnrolled);
      return [p.lon2!, p.lat2!];
    };
    const path: LonLat[] = [];
    for (let k = 0; k <= steps; k++) path.push(at((lengthM * k) / steps));
    path[0] = [startLon, lat1];
    totalM += lengthM;
    legs.push({ lengthM, cumulativeM: totalM, path, midpoint: at(lengthM / 2) });
    startLon = path[steps]![0];
  }
  return { points: points.map(([lon, lat]) => [lon, lat]), legs, totalM };
}
