/**
 * The region the map is for: what its offline basemap covers, around the
 * Durand Line ([west, south, east, north], degrees). A report outside it is
 * allowed, but one whose latitude and longitude, swapped, would fall inside it
 * was most likely written the wrong way round.
 */
export const REGION_BBOX = [58, 23, 78, 40] as const;

export function inRegion(lon: number, lat: number): boolean {
  const [w, s, e, n] = REGION_BBOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** A warning when [lon, lat] lies outside the region while [lat, lon] lies inside it; null otherwise. */
export function swappedWarning(lon: number, lat: number): string | null {
  if (inRegion(lon, lat) || !inRegion(lat, lon)) return null;
  const [w, s, e, n] = REGION_BBOX;
  return `latitude ${lat} and longitude ${lon} put the report outside the region the map covers (${w}–${e}°E, ${s}–${n}°N), and swapped they fall inside it: were they written the wrong way round? Kept as written`;
}
