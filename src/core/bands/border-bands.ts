import type { Feature, FeatureCollection, MultiPolygon, Position } from "geojson";
import { levelSetRings, type LevelSetField } from "./level-set-rings";
import { densifyGeodesic, metresPerDegreeLat, metresPerDegreeLon, PolylineDistance } from "../distance/polyline-distance";
import { ringsToPolygons, simplifyRing } from "./ring-polygons";

/** What the map draws for one band: every point within `distance_km` of the border, both sides. */
export interface BandProperties {
  distance_km: number;
  /** "5 km", for the outline's label. */
  label: string;
  /** 0 for the nearest band to 1 for the farthest: the position on the colour ramp. */
  ramp: number;
}

export interface BorderBandOptions {
  /** Grid cells per band distance: the outline's vertices are about distance / this apart before simplifying. */
  cellsPerDistance?: number;
  /** Smallest grid cell, metres (keeps bands under 1 km from costing millions of cells). */
  minCellM?: number;
  /** Douglas–Peucker tolerance as a share of the distance, capped by `maxSimplifyM`. */
  simplifyShare?: number;
  maxSimplifyM?: number;
  /** Segments longer than this are split along their geodesic before measuring, metres. */
  densifyM?: number;
}

const DEFAULTS: Required<BorderBandOptions> = {
  cellsPerDistance: 16, // vertices 1/16 of the distance apart: a straight edge cuts an arc by < 0.05%
  minCellM: 50, // 50 m cells at most; 5 km bands use 312 m
  simplifyShare: 0.001, // drop vertices within 0.1% of the distance of the outline…
  maxSimplifyM: 30, // …and never more than 30 m
  densifyM: 2_000, // a 2 km geodesic is straight in lon/lat to about 5 cm
};

/**
 * Buffer bands on both sides of a border line, as the level sets of its
 * distance field: for each distance d, the rings where the distance to the
 * line is d, traced by marching squares on a sparse lon/lat grid (cells d/16
 * on a side) and refined on the grid's edges, so every outline vertex lies at
 * d to about 1e-5 on WGS84. Unlike a planar buffer of projected chunks, no
 * projection or input simplification bends the distance.
 *
 * @example
 * const bands = new BorderBands(durand.features[0].geometry.coordinates);
 * const fiveKm = bands.band(5); // Feature<MultiPolygon>, outer rings and holes
 */
export class BorderBands {
  private readonly options: Required<BorderBandOptions>;
  private readonly distance: PolylineDistance;
  private readonly bbox: [number, number, number, number];

  constructor(line: readonly Position[], options: BorderBandOptions = {}) {
    if (line.length < 2) throw new Error("the border line needs at least two vertices");
    this.options = { ...DEFAULTS, ...options };
    const dense = densifyGeodesic(line, this.options.densifyM);
    this.distance = new PolylineDistance(dense);
    this.bbox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of dense) {
      this.bbox = [Math.min(this.bbox[0], lon!), Math.min(this.bbox[1], lat!), Math.max(this.bbox[2], lon!), Math.max(this.bbox[3], lat!)];
    }
  }

  /** The band of points within `distanceKm` of the line; its outline is the set at exactly that distance. */
  band(distanceKm: number): Feature<MultiPolygon, Omit<BandProperties, "ramp">> {
    if (!(distanceKm > 0) || !Number.isFinite(distanceKm)) throw new Error(`a band's distance must be above 0 km, got ${distanceKm}`);
    const { cellsPerDistance, minCellM, simplifyShare, maxSimplifyM } = this.options;
    const d = distanceKm * 1000;
    const cellM = Math.max(minCellM, d / cellsPerDistance);
    const [west, south, east, north] = this.bbox;
    const midLat = (south + north) / 2;
    const marginM = d + 2 * cellM;
    const dy = cellM / metresPerDegreeLat(midLat);
    const dx = cellM / metresPerDegreeLon(midLat);
    const y0 = south - marginM / metresPerDegreeLat(south) - dy;
    const y1 = north + marginM / metresPerDegreeLat(north) + dy;
    const poleward = Math.min(89, Math.max(Math.abs(y0), Math.abs(y1)));
    const x0 = west - marginM / metresPerDegreeLon(poleward) - dx;
    const x1 = east + marginM / metresPerDegreeLon(poleward) + dx;
    const field: LevelSetField = {
      value: (x, y, cap) => this.distance.distanceM(x, y, cap),
      // The distance is 1-Lipschitz; a cell's diameter is largest on its edge nearer the equator.
      spread: (ax, ay, bx, by) => {
        const kx = Math.max(metresPerDegreeLon(ay), metresPerDegreeLon(by));
        const ky = Math.max(metresPerDegreeLat(ay), metresPerDegreeLat(by));
        return Math.hypot((bx - ax) * kx, (by - ay) * ky) * 1.01;
      },
    };
    const grid = { x0, y0, dx, dy, cols: Math.ceil((x1 - x0) / dx), rows: Math.ceil((y1 - y0) / dy) };
    const rings = levelSetRings(field, grid, d, { tolerance: 1e-3 });
    const toleranceM = Math.min(maxSimplifyM, d * simplifyShare);
    const simplified = rings.map((ring) => simplifyRing(ring, toleranceM));
    return {
      type: "Feature",
      geometry: { type: "MultiPolygon", coordinates: ringsToPolygons(simplified) },
      properties: { distance_km: distanceKm, label: `${formatKm(distanceKm)} km` },
    };
  }
}

/** Bands for several distances, farthest first (so nearer bands draw on top), each placed on the colour ramp. */
export function bandCollection(bands: readonly Feature<MultiPolygon, Omit<BandProperties, "ramp">>[]): FeatureCollection<MultiPolygon, BandProperties> {
  const sorted = [...bands].sort((a, b) => b.properties.distance_km - a.properties.distance_km);
  const last = Math.max(1, sorted.length - 1);
  return {
    type: "FeatureCollection",
    features: sorted.map((f, i) => ({ ...f, properties: { ...f.properties, ramp: sorted.length === 1 ? 0 : (last - i) / last } })),
  };
}

function formatKm(km: number): string {
  return Number.isInteger(km) ? String(km) : String(Number(km.toFixed(3)));
}
