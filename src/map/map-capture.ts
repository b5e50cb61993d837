import type * as maplibregl from "maplibre-gl";
import { geodesicDistanceM } from "../core/distance/geodesic";
import type { Bounds } from "../core/view/report-list";
import { enlargeMap } from "./map-enlarge";

/** The map as drawn for a snapshot, with what the image's scale bar and credits need. */
export interface MapCapture {
  /** The map and the canvases over it, at the asked pixel ratio. */
  canvas: HTMLCanvasElement;
  /** The map's size as drawn, CSS pixels: the screen's, or the larger one asked for. */
  cssWidth: number;
  cssHeight: number;
  /** Ground metres per CSS pixel across the foot of the map (for the scale bar). */
  metresPerCssPx: number;
  /** The credits the map shows (its attribution control), as text. */
  attribution: string;
  /** The view's bearing, degrees (a north arrow is drawn when it is not 0). */
  bearing: number;
  /** The area drawn, [west, south, east, north]. */
  bounds: Bounds;
}

function nextIdle(map: maplibregl.Map): Promise<void> {
  return new Promise((resolve) => {
    map.once("idle", () => resolve());
    map.triggerRepaint();
  });
}

/** Whether a canvas holds more than one colour, from a grid of samples: a blank map (an empty buffer) does not. */
function hasContent(canvas: HTMLCanvasElement): boolean {
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx || canvas.width === 0 || canvas.height === 0) return false;
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const seen = new Set<number>();
  const step = Math.max(1, Math.floor((canvas.width * canvas.height) / 4096));
  for (let i = 0; i < canvas.width * canvas.height; i += step) {
    seen.add((data[4 * i]! << 16) | (data[4 * i + 1]! << 8) | data[4 * i + 2]!);
    if (seen.size > 1) return true;
  }
  return false;
}

/** Ground metres per CSS pixel along a 100-pixel line across the foot of the map (where the scale bar goes). */
function metresPerPx(map: maplibregl.Map, cssWidth: number, cssHeight: number): number {
  const y = Math.max(0, cssHeight - 30);
  const x0 = Math.max(0, cssWidth / 2 - 50);
  const a = map.unproject([x0, y]);
  const b = map.unproject([x0 + 100, y]);
  return geodesicDistanceM([a.lng, a.lat], [b.lng, b.lat]) / 100;
}

/**
 * Draws the map again at `pixelRatio` (and, when `css` is given and differs
 * from the screen's size, at that CSS size: see `enlargeMap`), waits until it has drawn everything
 * (MapLibre's "idle"), copies it with the canvases over it into one canvas,
 * and puts the pixel ratio back. The map is copied only after a frame has
 * drawn it (the drawing buffer is kept), and once more if the copy came out
 * of a single colour, so the image is never blank.
 */
export async function captureMap(map: maplibregl.Map, overlays: readonly HTMLCanvasElement[], pixelRatio: number, css?: { width: number; height: number }): Promise<MapCapture> {
  const container = map.getContainer();
  const enlarge = css !== undefined && (css.width !== container.clientWidth || css.height !== container.clientHeight);
  const restore = enlarge ? enlargeMap(map, overlays, css) : () => {};
  const cssWidth = container.clientWidth;
  const cssHeight = container.clientHeight;
  const before = map.getPixelRatio();
  try {
    if (pixelRatio !== before) map.setPixelRatio(pixelRatio);
    let canvas = document.createElement("canvas");
    for (let attempt = 0; attempt < 2; attempt++) {
      await nextIdle(map);
      const source = map.getCanvas();
      canvas = document.createElement("canvas");
      canvas.width = source.width;
      canvas.height = source.height;
      const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
      ctx.drawImage(source, 0, 0);
      for (const overlay of overlays) if (overlay.width > 0 && overlay.height > 0) ctx.drawImage(overlay, 0, 0, canvas.width, canvas.height);
      if (hasContent(canvas)) break;
    }
    const attribution = container.querySelector(".maplibregl-ctrl-attrib-inner")?.textContent?.trim() ?? "";
    const b = map.getBounds();
    const bounds: Bounds = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    return { canvas, cssWidth, cssHeight, metresPerCssPx: metresPerPx(map, cssWidth, cssHeight), attribution, bearing: map.getBearing(), bounds };
  } finally {
    if (map.getPixelRatio() !== before) map.setPixelRatio(before);
    restore();
  }
}
