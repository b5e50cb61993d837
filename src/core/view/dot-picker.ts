import Flatbush from "flatbush";

/** Web Mercator x of a longitude, in world units (0 at 180° W, 1 at 180° E), as MapLibre's `MercatorCoordinate`. */
export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

/** Web Mercator y of a latitude, in world units (0 at the top, 1 at the bottom). */
export function mercatorY(lat: number): number {
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
}

/**
 * Which dots are under a point of the screen, when the dots are drawn by the
 * GPU and MapLibre cannot be asked (`queryRenderedFeatures` knows only its own
 * layers). Each dot has a position and a radius in screen pixels; a hit is a
 * shown dot whose disc contains the point, with a pixel of slack.
 */
export class DotPicker {
  private readonly index: Flatbush | null;
  private readonly x: Float64Array;
  private readonly y: Float64Array;

  constructor(
    lons: ArrayLike<number>,
    lats: ArrayLike<number>,
    /** Each dot's radius in pixels, its outline included. */
    private readonly radiusPx: ArrayLike<number>,
    private readonly maxRadiusPx: number,
  ) {
    const n = lons.length;
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.x[i] = mercatorX(lons[i]!);
      this.y[i] = mercatorY(lats[i]!);
    }
    if (n === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(n);
    for (let i = 0; i < n; i++) index.add(this.x[i]!, this.y[i]!, this.x[i]!, this.y[i]!);
    index.finish();
    this.index = index;
  }

  /**
   * Dots under the point (`x`, `y` in world units) at a scale of `worldPx`
   * pixels to the world, nearest first. `shown[i]` 0 hides dot i; `scale`
   * multiplies every radius (the layer's zoom scale).
   */
  pick(x: number, y: number, worldPx: number, shown: ArrayLike<number>, scale = 1): number[] {
    if (!this.index) return [];
    const slack = 1;
    const reach = (this.maxRadiusPx * scale + slack) / worldPx;
    const candidates = this.index.search(x - reach, y - reach, x + reach, y + reach, (i) => shown[i] !== 0);
    const hits: { i: number; d: number }[] = [];
    for (const i of candidates) {
      const dx = (this.x[i]! - x) * worldPx;
      const dy = (this.y[i]! - y) * worldPx;
      const d = Math.hypot(dx, dy);
      if (d <= this.radiusPx[i]! * scale + slack) hits.push({ i, d });
    }
    hits.sort((a, b) => a.d - b.d || a.i - b.i);
    return hits.map((h) => h.i);
  }
}
