import type * as maplibregl from "maplibre-gl";
import type { Feature, Point } from "geojson";
import type { DisplayProperties } from "../core/view/display-reports";
import { DotPicker, mercatorX, mercatorY } from "../core/view/dot-picker";
import { CASUALTY_STOPS, casualtyRadiusPx, subEventRgb } from "./report-colors";
import { dotScale, ReportDotsCanvas, STROKE_PX } from "./report-dots-canvas";

/** From this many reports, each report's dot is drawn in the dots canvas rather than by MapLibre's circle layer. */
export const GPU_DOTS_FROM = 5_000;

/** A custom layer that draws nothing: it hands the dots canvas the camera of each frame MapLibre draws. */
const CAMERA_LAYER_ID = "report-dots-camera";

/**
 * Each report's dot for large datasets: the canvas that draws them over the
 * map, kept in step with the map's camera, and the picker that finds which are
 * under the pointer (MapLibre cannot query what it did not draw). Filters
 * arrive as one byte per report.
 */
export class ReportDots {
  private readonly canvas: ReportDotsCanvas;
  private ids: string[] = [];
  private indexById = new Map<string, number>();
  private picker: DotPicker | null = null;
  private shown: Uint8Array = new Uint8Array(0);
  private visibleFromZoom: number | null = 0;

  constructor(private readonly map: maplibregl.Map) {
    this.canvas = new ReportDotsCanvas(map.getCanvasContainer(), () => map.getPixelRatio());
  }

  /** Adds the camera layer (once the style has loaded). */
  addCameraLayer(): void {
    if (this.map.getLayer(CAMERA_LAYER_ID)) return;
    this.map.addLayer({
      id: CAMERA_LAYER_ID,
      type: "custom",
      renderingMode: "2d",
      render: (_gl, options) => {
        // The zoom may have crossed the clusters' limit.
        this.canvas.drawWith(options.modelViewProjectionMatrix, this.map.getZoom(), this.isVisible());
      },
    });
  }

  setFeatures(features: readonly Feature<Point, DisplayProperties>[]): void {
    const n = features.length;
    const lons = new Float64Array(n);
    const lats = new Float64Array(n);
    const radiusPx = new Float32Array(n);
    const outer = new Float32Array(n);
    const rgb = new Uint8Array(n * 3);
    this.ids = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const f = features[i]!;
      lons[i] = f.geometry.coordinates[0]!;
      lats[i] = f.geometry.coordinates[1]!;
      radiusPx[i] = casualtyRadiusPx(f.properties.casualties_high);
      outer[i] = radiusPx[i]! + STROKE_PX;
      const c = subEventRgb(f.properties.sub_event_type);
      rgb[3 * i] = c[0];
      rgb[3 * i + 1] = c[1];
      rgb[3 * i + 2] = c[2];
      this.ids[i] = f.properties.id;
    }
    this.indexById = new Map(this.ids.map((id, i) => [id, i]));
    this.canvas.setData({ lons, lats, radiusPx, rgb });
    this.shown = new Uint8Array(n).fill(1);
    const largest = CASUALTY_STOPS[CASUALTY_STOPS.length - 1]![1] + STROKE_PX;
    this.picker = new DotPicker(lons, lats, outer, largest);
  }

  /** One byte per report in `setFeatures`' order: 0 hides it. */
  setShown(shown: Uint8Array): void {
    this.shown = shown;
    this.canvas.setShown(shown);
  }

  /** Hidden (null), or shown above a zoom (the clusters view hands low zooms to its bubbles). */
  setVisibleFromZoom(zoom: number | null): void {
    this.visibleFromZoom = zoom;
    this.canvas.setVisible(this.isVisible());
  }

  private isVisible(): boolean {
    return this.visibleFromZoom !== null && this.map.getZoom() >= this.visibleFromZoom;
  }

  /** Ids of the shown reports under a point of the screen, nearest first. */
  pick(point: maplibregl.PointLike): string[] {
    if (!this.picker || !this.isVisible()) return [];
    const zoom = this.map.getZoom();
    const at = this.map.unproject(point);
    const worldPx = 512 * 2 ** zoom;
    return this.picker.pick(mercatorX(at.lng), mercatorY(at.lat), worldPx, this.shown, dotScale(zoom)).map((i) => this.ids[i]!);
  }

  /** Of these ids, the indices (in `setFeatures`' order, ascending) of those the filters show: a look-up each, not a pass over every dot. */
  shownOf(ids: readonly string[]): number[] {
    const found = new Set<number>();
    for (const id of ids) {
      const i = this.indexById.get(id);
      if (i !== undefined && this.shown[i] === 1) found.add(i);
    }
    return [...found].sort((a, b) => a - b);
  }

  /** The canvas the dots are drawn on (a snapshot draws it over the map's). */
  get element(): HTMLCanvasElement {
    return this.canvas.canvas;
  }

  /** Ids of the dots the filters show, when the canvas is on screen (for tests). */
  shownIds(): string[] {
    if (!this.isVisible()) return [];
    return this.ids.filter((_, i) => this.shown[i] === 1);
  }

  destroy(): void {
    this.canvas.destroy();
  }
}
