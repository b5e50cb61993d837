import Flatbush from "flatbush";
import type { Position } from "geojson";
import { MASK, WGS84, type GeodesicLine } from "./geodesic";
import { AuxiliarySphere } from "./auxiliary-sphere";
import { LambertConformal } from "./lambert-conformal";
import { PolygonMask } from "./polygon-mask";
import { pointToSegment, PolylineTree } from "./polyline-tree";

interface SeedGrid {
  west: number;
  south: number;
  cell: number;
  cols: number;
  rows: number;
  seeds: Int32Array;
  /** Planar distance from each filled cell's centre to its seed segment. */
  reach: Float32Array;
}

function seedGrid(west: number, south: number, east: number, north: number, cell: number): SeedGrid {
  const cols = Math.ceil((east - west) / cell);
  const rows = Math.ceil((north - south) / cell);
  return { west, south, cell, cols, rows, seeds: new Int32Array(cols * rows).fill(-1), reach: new Float32Array(cols * rows) };
}

/** Everything built once from the border line, then shared by every distance query. */
export interface BorderIndexInput {
  /** The border as [lon, lat] vertices, from its start (the Iran tripoint) to its end. */
  line: readonly Position[];
  /** Outer rings of the countries the line separates: the left one first (Afghanistan), then the right one. */
  countries?: { left: readonly Position[][]; right: readonly Position[][] };
  /** Codes for the two sides, left of the line's direction first. */
  sides?: [left: string, right: string];
}

/**
 * Typed arrays, a conformal projection and a spatial index of the border's
 * segments. `Flatbush` holds the projected segment boxes; GeographicLib lines
 * for segments are made when a query first needs them.
 */
export class BorderIndex {
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Projected vertices, x and y interleaved, metres. */
  readonly xy: Float64Array;
  /** Geodesic length of each segment, metres. */
  readonly segmentM: Float64Array;
  /** Azimuth of each segment's geodesic at its start and at its end, degrees. */
  readonly aziStart: Float64Array;
  readonly aziEnd: Float64Array;
  /** Distance along the line to each vertex from the start, metres. */
  readonly alongM: Float64Array;
  readonly projection: LambertConformal;
  /** The vertices on the auxiliary sphere, to choose the starting segment. */
  readonly sphere: AuxiliarySphere;
  readonly tree: Flatbush;
  /** Runs of consecutive segments with their chords and strays, to rule many out at once. */
  readonly runs: PolylineTree;
  readonly segments: number;
  /** Latitude band of the line, degrees. */
  readonly latMin: number;
  readonly latMax: number;
  /** Per segment: largest gap between its projected straight chord and its curved image, metres. */
  readonly padM: Float64Array;
  /**
   * Per segment: how far its geodesic, its projected chord and the outlines'
   * straight lon/lat edge may stray from each other, metres. Closer to the line
   * than this, the side is read from the outline, not from the chord.
   */
  readonly sideMarginM: Float64Array;
  readonly maxPadM: number;
  readonly sides: [string, string];
  /** Union of the two countries (null: no country test, every point gets a side). */
  readonly union: PolygonMask | null;
  readonly leftCountry: PolygonMask | null;
  private readonly lines: (GeodesicLine | undefined)[];
  /** Seed segments by grid cell, filled on first use (-1: not yet); finest grid first. */
  private readonly grids: SeedGrid[];
  private readonly scratch = new Float64Array(2);
  /** The projection's scale every 0.01° of latitude from -89.99° to 89.99°, for quick bounds. */
  private readonly scaleTable: Float64Array;
  private readonly scaleMinLat: number;
  private readonly scaleMin: number;

  constructor({ line, countries, sides = ["AF", "PK"] }: BorderIndexInput) {
    const n = line.length;
    if (n < 2) throw new Error("the border line needs at least two vertices");
    this.segments = n - 1;
    this.sides = sides;
    this.lon = new Float64Array(n);
    this.lat = new Float64Array(n);
    let latMin = Infinity;
    let latMax = -Infinity;
    line.forEach(([lon, lat], i) => {
      this.lon[i] = lon!;
      this.lat[i] = lat!;
      latMin = Math.min(latMin, lat!);
      latMax = Math.max(latMax, lat!);
    });
    this.latMin = latMin;
    this.latMax = latMax;
    const midLat = (latMin + latMax) / 2;
    const quarter = (latMax - latMin) / 4;
    let midLon = 0;
    for (let i = 0; i < n; i++) midLon += this.lon[i]! / n;
    this.projection = new LambertConformal({ standardParallels: [midLat - quarter, midLat + quarter], origin: [midLon, midLat] });

    this.scaleTable = new Float64Array(17_999);
    for (let i = 0; i < this.scaleTable.length; i++) this.scaleTable[i] = this.projection.scale(-89.99 + i * 0.01);
    const band = new Float64Array(2);
    this.projection.scaleRange(-89, 89, band);
    this.scaleMin = band[0]!;
    let minAt = 0;
    for (let i = 1; i < this.scaleTable.length; i++) if (this.scaleTable[i]! < this.scaleTable[minAt]!) minAt = i;
    this.scaleMinLat = -89.99 + minAt * 0.01;

    this.sphere = new AuxiliarySphere(this.lon, this.lat);
    this.xy = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) this.projection.forward(this.lon[i]!, this.lat[i]!, this.xy, 2 * i);

    this.segmentM = new Float64Array(this.segments);
    this.aziStart = new Float64Array(this.segments);
    this.aziEnd = new Float64Array(this.segments);
    this.alongM = new Float64Array(n);
    for (let i = 0; i < this.segments; i++) {
      const inv = WGS84.Inverse(this.lat[i]!, this.lon[i]!, this.lat[i + 1]!, this.lon[i + 1]!, MASK.distanceAzimuth);
      const s = inv.s12!;
      this.segmentM[i] = s;
      this.aziStart[i] = inv.azi1!;
      this.aziEnd[i] = inv.azi2!;
      this.alongM[i + 1] = this.alongM[i]! + s;
    }
    // A geodesic's image bends away from its chord by at most L²·|∇ln k|/8 (k: the projection's
    // scale); |∇ln k| < 1e-7 /m anywhere near the line, so this pad is generous; at least 1 cm.
    this.padM = new Float64Array(this.segments);
    for (let i = 0; i < this.segments; i++) this.padM[i] = Math.max(0.01, (this.segmentM[i]! ** 2 * 1e-7) / 8);

    this.maxPadM = this.padM.reduce((a, b) => Math.max(a, b), 0);
    this.sideMarginM = new Float64Array(this.segments);
    for (let i = 0; i < this.segments; i++) {
      const tan = Math.abs(Math.tan(((this.lat[i]! + this.lat[i + 1]!) / 2) * (Math.PI / 180)));
      this.sideMarginM[i] = 1 + (2 * this.segmentM[i]! ** 2 * (1 + tan)) / (8 * 6_371_008.8);
    }
    this.tree = new Flatbush(this.segments);
    for (let i = 0; i < this.segments; i++) {
      const [x1, y1, x2, y2] = [this.xy[2 * i]!, this.xy[2 * i + 1]!, this.xy[2 * i + 2]!, this.xy[2 * i + 3]!];
      const pad = this.padM[i]!;
      this.tree.add(Math.min(x1, x2) - pad, Math.min(y1, y2) - pad, Math.max(x1, x2) + pad, Math.max(y1, y2) + pad);
    }
    this.tree.finish();
    this.runs = new PolylineTree(this.xy, this.padM);
    this.lines = new Array(this.segments);
    let [west, east] = [Infinity, -Infinity];
    for (let i = 0; i < n; i++) {
      west = Math.min(west, this.lon[i]!);
      east = Math.max(east, this.lon[i]!);
    }
    this.grids = [seedGrid(west - 1, latMin - 1, east + 1, latMax + 1, 0.02), seedGrid(west - 12, latMin - 10, east + 12, latMax + 10, 0.1)];

    this.union = countries ? new PolygonMask([...countries.left, ...countries.right]) : null;
    this.leftCountry = countries ? new PolygonMask(countries.left) : null;
  }

  /**
   * Lowest and highest scale of the projection between two latitudes, into
   * `out`. The scale is monotone on either side of its minimum, so the table
   * entries just outside the band and that minimum bound it.
   */
  scaleBounds(latLo: number, latHi: number, out: Float64Array): void {
    const t = this.scaleTable;
    const last = t.length - 1;
    const i0 = Math.max(0, Math.min(last, Math.floor((latLo + 89.99) / 0.01)));
    const i1 = Math.max(0, Math.min(last, Math.ceil((latHi + 89.99) / 0.01)));
    const a = t[i0]!;
    const b = t[i1]!;
    out[0] = latLo - 0.02 <= this.scaleMinLat && this.scaleMinLat <= latHi + 0.02 ? Math.min(this.scaleMin, a, b) : Math.min(a, b);
    out[1] = Math.max(a, b);
  }

  /** Scale at a latitude from the table (nearest entry). */
  scaleAt(lat: number): number {
    const t = this.scaleTable;
    return t[Math.max(0, Math.min(t.length - 1, Math.round((lat + 89.99) / 0.01)))]!;
  }

  /**
   * A segment near the planar-nearest one for a point: the planar-nearest
   * segment of its grid cell's centre (Flatbush, on first use of the cell).
   * 0.1° cells reach about 1,000 km from the line; within about 60 km of it, 0.02°
   * cells; beyond the grids, the point's own nearest.
   */
  seedSegment(lon: number, lat: number, px: number, py: number): number {
    // No array destructuring here: this runs once a point, and transpiled destructuring allocates.
    const fine = this.grids[0]!;
    const coarse = this.grids[1]!;
    const far = this.seedIn(coarse, lon, lat, Infinity);
    if (far < 0) return this.tree.neighbors(px, py, 1)[0]!;
    if (this.lastReach > 60_000) return far;
    // The fine cell's centre lies within the coarse cell (half-diagonal under 8 km, scaled), so
    // its nearest segment is within the coarse reach plus that: a bounded search is 10× cheaper.
    const near = this.seedIn(fine, lon, lat, this.lastReach + 12_000);
    return near >= 0 ? near : far;
  }

  private lastReach = 0;

  /** The seed of the point's cell in one grid (-1 outside it); sets `lastReach`, the cell centre's planar distance to it. */
  private seedIn(grid: SeedGrid, lon: number, lat: number, maxDistance: number): number {
    const col = Math.floor((lon - grid.west) / grid.cell);
    const row = Math.floor((lat - grid.south) / grid.cell);
    if (col < 0 || row < 0 || col >= grid.cols || row >= grid.rows) return -1;
    const id = row * grid.cols + col;
    let seed = grid.seeds[id]!;
    if (seed < 0) {
      // A filled neighbour's seed is at most its reach plus the step between centres away: bound the search by that.
      const step = grid.cell * 150_000; // metres between neighbouring centres, generously (scale included)
      const near = (next: number) => {
        if (grid.seeds[next]! >= 0) maxDistance = Math.min(maxDistance, grid.reach[next]! + step);
      };
      if (col > 0) near(id - 1);
      if (col + 1 < grid.cols) near(id + 1);
      if (row > 0) near(id - grid.cols);
      if (row + 1 < grid.rows) near(id + grid.cols);
      this.projection.forward(grid.west + (col + 0.5) * grid.cell, grid.south + (row + 0.5) * grid.cell, this.scratch, 0);
      const [cx, cy] = [this.scratch[0]!, this.scratch[1]!];
      seed = this.tree.neighbors(cx, cy, 1, maxDistance)[0] ?? this.tree.neighbors(cx, cy, 1)[0]!;
      grid.seeds[id] = seed;
      grid.reach[id] = pointToSegment(cx, cy, this.xy, seed, seed + 1);
    }
    this.lastReach = grid.reach[id]!;
    return seed;
  }

  /** The GeographicLib line of segment i, made on first use. */
  line(i: number): GeodesicLine {
    let l = this.lines[i];
    if (!l) {
      l = WGS84.InverseLine(this.lat[i]!, this.lon[i]!, this.lat[i + 1]!, this.lon[i + 1]!, MASK.lineCaps);
      this.lines[i] = l;
    }
    return l;
  }
}

type LineCollection = { features: { geometry: { type: string; coordinates: unknown } }[] };
type CountryCollection = { features: { properties: Record<string, unknown> | null; geometry: { type: string; coordinates: unknown } }[] };

/** Outer rings of a country's (Multi)Polygon feature in a collection, found by `iso_a2`. */
function countryRings(countries: CountryCollection, code: string): Position[][] {
  const feature = countries.features.find((f) => f.properties?.iso_a2 === code);
  if (!feature) throw new Error(`no country with iso_a2 ${code}`);
  const g = feature.geometry;
  if (g.type === "Polygon") return [(g.coordinates as Position[][])[0]!];
  if (g.type === "MultiPolygon") return (g.coordinates as Position[][][]).map((p) => p[0]!);
  throw new Error(`country ${code} is a ${g.type}, not a polygon`);
}

/**
 * Builds the index from `geodata/durand-line.geojson` and, for the side test,
 * `geodata/af-pk-countries.geojson` (the outlines that share its vertices).
 */
export function borderIndexFromGeoJson(line: LineCollection, countries?: CountryCollection): BorderIndex {
  const geometry = line.features[0]?.geometry;
  if (!geometry || geometry.type !== "LineString") throw new Error("the border file must hold one LineString");
  return new BorderIndex({
    line: geometry.coordinates as Position[],
    countries: countries && { left: countryRings(countries, "AF"), right: countryRings(countries, "PK") },
    sides: ["AF", "PK"],
  });
}
