import geographiclib from "geographiclib-geodesic";

// The package is CommonJS: its default export works in Node, Vite and tsx alike, named imports do not.
const { Geodesic } = geographiclib;

/** GeographicLib's WGS84 geodesic: every distance the project reports comes from it. */
export const WGS84 = Geodesic.WGS84;

export const MASK = {
  /** Distance and azimuths only. */
  distanceAzimuth: Geodesic.DISTANCE | Geodesic.AZIMUTH,
  /** Also the reduced length and geodesic scale, for the curvature of the distance field. */
  withScale: Geodesic.DISTANCE | Geodesic.AZIMUTH | Geodesic.REDUCEDLENGTH | Geodesic.GEODESICSCALE,
  /** Position and azimuth along a line. */
  position: Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.AZIMUTH,
  /** Position along a line, longitude counted on from the start (no jump at ±180°), for drawing. */
  positionUnrolled: Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.LONG_UNROLL,
  lineCaps: Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.AZIMUTH | Geodesic.DISTANCE_IN,
} as const;

export type GeodesicLine = ReturnType<typeof WGS84.InverseLine>;

/** Geodesic distance in metres between two [lon, lat] positions. */
export function geodesicDistanceM(a: readonly number[], b: readonly number[]): number {
  return WGS84.Inverse(a[1]!, a[0]!, b[1]!, b[0]!, Geodesic.DISTANCE).s12 ?? Number.NaN;
}
