// Small geometry helpers shared by the geodata builders: rounding, ring
// orientation (RFC 7946), a nearest-distance index for long lines, and
// writing GeoJSON with one feature per line (readable diffs).

import fs from "node:fs";
import path from "node:path";

/** Kilometres per degree of latitude on the sphere turf uses (radius 6371.0088 km). */
export const KM_PER_DEG = (Math.PI * 6371.0088) / 180;

export const roundTo = (x, decimals) => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

export const roundPos = (p, decimals) => [roundTo(p[0], decimals), roundTo(p[1], decimals)];

/** Rounds a line's positions and drops positions that became equal to the one before. */
export function roundLine(line, decimals) {
  const out = [];
  for (const p of line) {
    const r = roundPos(p, decimals);
    const last = out[out.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  }
  return out;
}

/** Rounds a closed ring, keeping it closed; returns null if fewer than 4 positions remain. */
export function roundRing(ring, decimals) {
  const r = roundLine(ring, decimals);
  if (r.length > 1 && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1]) r.pop();
  if (r.length < 3) return null;
  r.push(r[0]);
  return r;
}

/** Twice the signed planar area of a ring in lon/lat (> 0: counter-clockwise). */
export function ringArea2(ring) {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export function rewindPolygonCoords(polygon) {
  return polygon.map((ring, i) => {
    const ccw = ringArea2(ring) > 0;
    const wantCcw = i === 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}

/** Rounds and rewinds a Polygon or MultiPolygon geometry; drops rings that collapse. */
export function cleanPolygonal(geometry, decimals) {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const out = [];
  for (const poly of polys) {
    const rings = [];
    for (const [i, ring] of poly.entries()) {
      const r = roundRing(ring, decimals);
      if (r) rings.push(r);
      else if (i === 0) break;
    }
    if (rings.length > 0 && ringArea2(rings[0]) !== 0) out.push(rewindPolygonCoords(rings));
  }
  if (out.length === 0) return null;
  return out.length === 1 ? { type: "Polygon", coordinates: out[0] } : { type: "MultiPolygon", coordinates: out };
}

export function cleanLinear(geometry, decimals) {
  const lines = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
  const out = lines.map((l) => roundLine(l, decimals)).filter((l) => l.length >= 2);
  if (out.length === 0) return null;
  return out.length === 1 ? { type: "LineString", coordinates: out[0] } : { type: "MultiLineString", coordinates: out };
}

/**
 * Nearest distance (km) from points to a set of polylines, with a grid of
 * segment buckets. Distances use a local equirectangular approximation at the
 * query point, good to well under 1% for the few-kilometre distances it is
 * used for here.
 */
export class LineDistanceIndex {
  constructor(lines, cellDeg = 0.05) {
    this.cell = cellDeg;
    this.grid = new Map();
    for (const line of lines) {
      for (let i = 0; i + 1 < line.length; i++) {
        const a = line[i];
        const b = line[i + 1];
        const x0 = Math.floor(Math.min(a[0], b[0]) / cellDeg);
        const x1 = Math.floor(Math.max(a[0], b[0]) / cellDeg);
        const y0 = Math.floor(Math.min(a[1], b[1]) / cellDeg);
        const y1 = Math.floor(Math.max(a[1], b[1]) / cellDeg);
        for (let x = x0; x <= x1; x++) {
          for (let y = y0; y <= y1; y++) {
            const k = `${x},${y}`;
            let bucket = this.grid.get(k);
            if (!bucket) this.grid.set(k, (bucket = []));
            bucket.push([a, b]);
          }
        }
      }
    }
  }

  /** Distance in km to the nearest segment, or Infinity if none within `maxKm`. */
  distanceKm(p, maxKm = 10) {
    const kx = KM_PER_DEG * Math.cos((p[1] * Math.PI) / 180);
    const ky = KM_PER_DEG;
    const rx = Math.ceil(maxKm / kx / this.cell);
    const ry = Math.ceil(maxKm / ky / this.cell);
    const cx = Math.floor(p[0] / this.cell);
    const cy = Math.floor(p[1] / this.cell);
    let best = Infinity;
    for (let x = cx - rx; x <= cx + rx; x++) {
      for (let y = cy - ry; y <= cy + ry; y++) {
        const bucket = this.grid.get(`${x},${y}`);
        if (!bucket) continue;
        for (const [a, b] of bucket) {
          const d = segmentDistanceKm(p, a, b, kx, ky);
          if (d < best) best = d;
        }
      }
    }
    return best <= maxKm ? best : Infinity;
  }
}

function segmentDistanceKm(p, a, b, kx, ky) {
  const ax = (a[0] - p[0]) * kx;
  const ay = (a[1] - p[1]) * ky;
  const bx = (b[0] - p[0]) * kx;
  const by = (b[1] - p[1]) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : -(ax * dx + ay * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Writes a FeatureCollection with one feature per line; returns the byte size. */
export function writeFeatureCollection(file, features, extra = {}) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const head = JSON.stringify({ type: "FeatureCollection", ...extra }).slice(0, -1);
  const body = features.map((f) => JSON.stringify(f)).join(",\n");
  const text = `${head},"features":[\n${body}\n]}\n`;
  fs.writeFileSync(file, text);
  return Buffer.byteLength(text);
}

export function countPositions(geometry) {
  const walk = (c) => (typeof c[0] === "number" ? 1 : c.reduce((n, x) => n + walk(x), 0));
  return walk(geometry.coordinates);
}
