import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import type { FeatureCollection, Point } from "geojson";
import { toDisplayCollection, withBorderFacts, type DisplayProperties } from "../core/view/display-reports";
import type { BorderFacts } from "../core/view/border-facts";
import type { ReportFeature } from "../core/reports/report";
import type { BasemapId, LayerGroup } from "./layer-groups";
import type { LengthUnit } from "../core/distance/format-length";
import { BorderDistanceClient } from "../data/border-distance-client";
import { MeasureLayer } from "./measure-layer";
import type { ReportFilter } from "../core/view/report-filter";
import type { EventsStatus } from "../state/work-status";
import { applyBasemap } from "./online-basemap";
import { ReportDrawing } from "./report-drawing";
import { ReportSelection } from "./report-selection";
import { AfterFirstDraw } from "./after-first-draw";
import { drawPlaces, fetchPlaces } from "./places-source";
import type { ReportView } from "./report-view-style";
import { REPORT_LAYER_IDS, ReportViews } from "./report-views";
import { buildStyle, GROUP_LAYERS } from "./style";
import type { BorderMapOptions } from "./border-map-options";
import type { Camera } from "../core/view/url-state";
import { captureMap, type MapCapture } from "./map-capture";

export type { BorderMapOptions } from "./border-map-options";

maplibregl.setWorkerUrl(workerUrl);

/** The whole Durand Line, Iran tripoint to China tripoint, with Kandahar, Quetta and Peshawar. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [60.5, 29.2],
  [75.2, 38.6],
];

/** The offline basemap's extent (west, south, east, north): a view reaching past it shows an empty band. */
const BASEMAP_EXTENT = [58, 23, 78, 40] as const;

/**
 * The one module that owns the MapLibre map. MapView hands it the store's
 * state (reports, their facts, what is shown, layers, bands, events) and
 * calls its commands (jump, open, capture); it tells MapView what the user
 * did. It computes nothing the rest of the page shows, and never hands the
 * map instance out, except to tests via `maplibre`.
 */
export class BorderMap {
  readonly maplibre: maplibregl.Map;
  private readonly reportsById = new Map<string, ReportFeature>();
  /** The popup and the selected reports. */
  private readonly selection: ReportSelection;
  private pendingReports: ReportFeature[] | null = null;
  /** One point's distance to the border (the popup, the measure tool); the reports' are the store's. */
  private readonly distances = new BorderDistanceClient();
  private readonly measure: MeasureLayer;
  private styleReady = false;
  private readonly views: ReportViews;
  private readonly resizer: ResizeObserver;
  /** Each report drawn on its own (MapLibre's layers or the dots canvas), and the filters on them. */
  private readonly drawing: ReportDrawing;
  /** Tells the owner once the first reports are on screen, so that work which would compete with drawing them waits. */
  private readonly afterFirstDraw = new AfterFirstDraw();
  /** The places file, asked for as the map is made; drawn once the style is in. */
  private readonly places: ReturnType<typeof fetchPlaces>;

  constructor(private readonly options: BorderMapOptions) {
    this.places = fetchPlaces(options.urls.places);
    // Handled where it is awaited (onLoad); this keeps an early failure from being reported as unhandled.
    this.places.catch(() => undefined);
    this.maplibre = new maplibregl.Map({
      container: options.container,
      style: buildStyle(options.urls),
      ...(options.initialCamera
        ? {
            center: [options.initialCamera.lon, options.initialCamera.lat] as [number, number],
            zoom: options.initialCamera.zoom,
            bearing: options.initialCamera.bearing,
            pitch: options.initialCamera.pitch,
          }
        : { bounds: INITIAL_BOUNDS, fitBoundsOptions: { padding: 24 } }),
      // The full attribution line on desktops; behind its button on a phone, where it would cover a third of the map.
      attributionControl: { compact: options.container.clientWidth < 640 },
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // Labels appear at once: a fade is a run of frames each time they are placed, each a full
      // redraw of the map (slow where the map is drawn in software, and on a loaded machine).
      fadeDuration: 0,
    });
    if (!options.initialCamera) this.fillFirstView();
    this.maplibre.addControl(new maplibregl.NavigationControl({ showCompass: true }), "top-right");
    this.maplibre.addControl(new maplibregl.ScaleControl({ unit: "metric", maxWidth: 120 }), "bottom-left");
    this.maplibre.on("load", () => this.onLoad());
    // MapLibre follows the window's size, not its container's (panels and the timeline change it).
    this.resizer = new ResizeObserver(() => this.maplibre.resize());
    this.resizer.observe(options.container);
    // The popup closes on a click elsewhere, not on its own: MapLibre's closeOnClick
    // would also close a popup reopened by the same click on another report.
    this.maplibre.on("click", (e) => this.onClick(e));
    options.container.addEventListener("keydown", (e) => {
      if (e.key === "Escape") this.selection.close();
    });
    this.drawing = new ReportDrawing(this.maplibre, (features) => this.views.setShown(features));
    this.afterFirstDraw.run(() => options.onFirstDraw?.());
    this.drawing.listenForHover((id) => options.onHover?.(id));
    this.maplibre.on("moveend", () => this.emitView());
    this.selection = new ReportSelection(this.maplibre, {
      reportsById: this.reportsById,
      measure: (lon, lat) => this.distances.measure(lon, lat),
      ring: (ids) => this.drawing.setSelected(ids),
      ready: () => this.styleReady,
      onSelect: (ids) => options.onSelect?.(ids),
      onSelectEvent: (id) => options.onSelectEvent?.(id),
    });
    this.views = new ReportViews(this.maplibre, {
      selectReports: (ids, at) => this.selectReports(ids, at),
      openEventPopup: (eventId, content, at) => this.selection.showEvent(eventId, content, at),
      reportsById: this.reportsById,
      onDotsVisibility: (fromZoom) => this.drawing.setDotsVisibleFromZoom(fromZoom),
    });
    this.measure = new MeasureLayer(this.maplibre, (lon, lat) => this.distances.measure(lon, lat), {
      onPath: (path) => options.onMeasure?.(path),
      onSpot: (spot) => options.onBorderSpot?.(spot),
      onMeasuringChange: (on) => options.onMeasuringChange?.(on),
    });
    // A right click anywhere: that spot's distance to the border (MapLibre then keeps the browser's menu shut).
    this.maplibre.on("contextmenu", (e) => void this.measure.distanceToBorderFrom(e.lngLat.lng, e.lngLat.lat));
    options.container.addEventListener("keydown", (e) => this.measure.handleKey(e));
  }

  private emitView(): void {
    const b = this.maplibre.getBounds();
    this.options.onView?.([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    const c = this.maplibre.getCenter().wrap();
    this.options.onCamera?.({ lon: c.lng, lat: c.lat, zoom: this.maplibre.getZoom(), bearing: this.maplibre.getBearing(), pitch: this.maplibre.getPitch() });
  }

  private onLoad(): void {
    this.styleReady = true;
    this.drawing.addCameraLayer();
    // A phone: the credits open from their (i) button instead of covering the map's foot
    // (MapLibre shows them open until the first drag).
    this.options.container.querySelector(".maplibregl-ctrl-attrib.maplibregl-compact")?.classList.remove("maplibregl-compact-show");
    this.afterFirstDraw.start();
    this.emitView();
    this.measure.redraw();
    if (this.pendingReports) this.setReports(this.pendingReports);
    // Read while the style loaded: drawn in this same task, with the first reports, not frames later.
    this.places.then(
      (places) => drawPlaces(this.maplibre, places, this.options.placesWithAccuracy),
      (error: unknown) => console.error("Could not draw the places' accuracy circles", error),
    );
  }

  private source(id: string): maplibregl.GeoJSONSource | undefined {
    return this.maplibre.getSource<maplibregl.GeoJSONSource>(id);
  }

  /** Replaces the reports on the map (their facts and what is shown follow from the store). */
  setReports(reports: readonly ReportFeature[]): void {
    this.reportsById.clear();
    for (const r of reports) this.reportsById.set(r.properties.id, r);
    if (!this.styleReady) {
      this.pendingReports = [...reports];
      return;
    }
    this.pendingReports = null;
    this.selection.close();
    this.setDisplay(toDisplayCollection(reports));
    if (this.pendingFacts) this.setFacts(this.pendingFacts);
  }

  private pendingFacts: BorderFacts | null = null;

  /** The reports' distances, sides and positions along the border (the store's, measured once), added to the drawn reports' properties. */
  setFacts(facts: BorderFacts | null): void {
    this.pendingFacts = facts;
    if (!facts || !this.styleReady || this.pendingReports) return;
    if (facts.distancesM.length !== this.drawing.shown.display.features.length) return;
    this.pendingFacts = null;
    this.setDisplay(withBorderFacts(this.drawing.shown.display, facts), false);
  }

  /** New reports to draw, or (`moved` false) the same reports with new properties. */
  private setDisplay(display: FeatureCollection<Point, DisplayProperties>, moved = true): void {
    this.drawing.setDisplay(display, moved);
    if (!this.afterFirstDraw.isDone) {
      this.maplibre.once("idle", () => this.afterFirstDraw.drawn());
      this.maplibre.triggerRepaint();
    }
  }

  /** The map as drawn now, at `pixelRatio` image pixels per CSS pixel, with the dots canvas over it (see `captureMap`); the caller first waits for the store's work to settle. */
  async capture(pixelRatio: number, css?: { width: number; height: number }): Promise<MapCapture> {
    if (!this.styleReady) await new Promise<void>((resolve) => this.maplibre.once("load", () => resolve()));
    return captureMap(this.maplibre, this.drawing.overlays, pixelRatio, css);
  }

  /** Rings one report, as the pointer over its row in the list does (null: none). */
  hoverReport(id: string | null): void {
    this.whenReady(() => this.drawing.setHovered(id));
  }

  /** Where a report is (for tests: where to click it). */
  reportPosition(id: string): [number, number] | null {
    return (this.reportsById.get(id)?.geometry.coordinates as [number, number] | undefined) ?? null;
  }

  /** The ids of the reports the dots canvas draws now; null when MapLibre's circle layer draws them (fewer reports). For tests. */
  gpuDrawnIds(): string[] | null {
    return this.drawing.gpuDrawnIds();
  }

  /** Looks where a shared link says (back and forward through the history). */
  setCamera(camera: Camera): void {
    this.whenReady(() => this.maplibre.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }));
  }

  /** Opens a report by id where it is, without moving the map (a shared link's selection); false when no such report is loaded. */
  openReport(id: string | null): boolean {
    if (id === null) {
      this.selection.close();
      return true;
    }
    const report = this.reportsById.get(id);
    if (!report) return false;
    this.whenReady(() => this.selectReports([id], report.geometry.coordinates as [number, number]));
    return true;
  }

  /** Moves the map to a place found by name. */
  showPlace(lon: number, lat: number): void {
    this.whenReady(() => this.maplibre.jumpTo({ center: [lon, lat], zoom: Math.max(this.maplibre.getZoom(), 10) }));
  }

  /** Moves the map to a report and opens it, as a click on its row in the list does. */
  focusReport(id: string): void {
    const report = this.reportsById.get(id);
    if (!report) return;
    const at = report.geometry.coordinates as [number, number];
    this.whenReady(() => {
      this.maplibre.jumpTo({ center: at, zoom: Math.max(this.maplibre.getZoom(), 9) });
      this.selectReports([id], at);
    });
  }

  /** What the filters show: the filter (an expression for MapLibre's layers) and the store's mask of the same reports (the dots canvas, clusters, heatmap, labels). */
  setShown(filter: ReportFilter, mask: Uint8Array): void {
    this.drawing.shown.filter = filter;
    this.drawing.shown.mask = mask;
    this.whenReady(() => this.drawing.filtersChanged());
  }

  /**
   * On a view taller than the border is (a phone), fitting the whole line
   * would show the empty band past the basemap's edge: zoom in until the
   * basemap fills the view's height, centred on the line's longitude.
   */
  private fillFirstView(): void {
    const m = this.maplibre;
    const fit = m.cameraForBounds(INITIAL_BOUNDS, { padding: 24 });
    const [, south, , north] = BASEMAP_EXTENT;
    const lon = (INITIAL_BOUNDS[0][0] + INITIAL_BOUNDS[1][0]) / 2;
    const fill = m.cameraForBounds([[lon - 1e-3, south], [lon + 1e-3, north]]);
    if (fit?.zoom === undefined || fill?.zoom === undefined || !fill.center || fill.zoom <= fit.zoom) return;
    m.jumpTo({ center: [lon, maplibregl.LngLat.convert(fill.center).lat], zoom: fill.zoom });
  }

  /** How reports are drawn: each one, clusters at low zoom, or events. */
  setReportView(view: ReportView): void {
    this.whenReady(() => this.views.setView(view));
  }

  /** The density heatmap of the reports shown, on or off. */
  setDensity(on: boolean): void {
    this.whenReady(() => this.views.setDensity(on));
  }

  /** Opens an event's popup; `move`: first move the map to it (the panel's list of the largest events), else leave the camera (a shared link's). False when no such event is drawn. */
  openEvent(id: string, move = true): boolean {
    if (!this.styleReady) return false;
    return this.views.openEvent(id, move);
  }

  /** The events of the events view (grouped by the store's runner), drawn; null: none. */
  setEvents(events: EventsStatus | null): void {
    this.whenReady(() => this.views.setEvents(events));
  }

  /** The buffer bands' outlines (computed by the store's runner). */
  setBands(bands: FeatureCollection): void {
    this.whenReady(() => this.source("bands")?.setData(bands));
  }

  setGroupVisible(group: LayerGroup, visible: boolean): void {
    const apply = () => {
      // The report views decide their own layers (the events view hides each report's dot).
      if (group === "reports") this.views.setGroupVisible(visible);
      for (const layer of GROUP_LAYERS[group]) {
        if (REPORT_LAYER_IDS.includes(layer)) continue;
        if (this.maplibre.getLayer(layer)) this.maplibre.setLayoutProperty(layer, "visibility", visible ? "visible" : "none");
      }
    };
    this.whenReady(apply);
  }

  /** Switches between the offline basemap and the online OpenStreetMap tiles (added only when chosen). */
  setBasemap(basemap: BasemapId): void {
    this.whenReady(() => applyBasemap(this.maplibre, basemap, "band-fill"));
  }

  /**
   * Runs now if the style has loaded once, else on "load". (`isStyleLoaded()` is
   * also false while tiles load, and "load" fires only once: changes would be lost.)
   */
  private whenReady(apply: () => void): void {
    if (this.styleReady) apply();
    else this.maplibre.once("load", apply);
  }

  /** Opens the popup of the given reports at the first one's position and marks them on the map. */
  selectReports(ids: readonly string[], at?: maplibregl.LngLatLike): void {
    this.selection.select(ids, at);
  }

  /** Turns the measure tool on or off; while on, a click adds a point instead of opening a report. */
  setMeasuring(on: boolean): void {
    this.measure.setMeasuring(on);
  }

  setMeasureUnit(unit: LengthUnit): void {
    this.measure.setUnit(unit);
  }

  /** Removes the measured points and the border spot. */
  clearMeasure(): void {
    this.measure.clear();
  }

  /** The distance to the border from the map's centre, as a right click there would give it. */
  distanceToBorderFromCentre(): void {
    const centre = this.maplibre.getCenter().wrap();
    void this.measure.distanceToBorderFrom(centre.lng, centre.lat);
  }

  private onClick(e: maplibregl.MapMouseEvent): void {
    if (this.measure.handleClick(e.lngLat)) return;
    if (this.views.handleClick(e)) return;
    const dots = this.drawing.pick(e.point);
    if (dots) {
      const first = dots[0] ? this.reportsById.get(dots[0]) : undefined;
      this.selectReports(dots, first ? (first.geometry.coordinates as [number, number]) : e.lngLat);
      return;
    }
    const features = this.maplibre.getLayer("reports") ? this.maplibre.queryRenderedFeatures(e.point, { layers: ["reports"] }) : [];
    const ids = [...new Set(features.map((f) => String(f.properties?.id)))];
    const first = features[0]?.geometry;
    const at = first && first.type === "Point" ? (first.coordinates as [number, number]) : e.lngLat;
    this.selectReports(ids, at);
  }

  destroy(): void {
    this.afterFirstDraw.cancel();
    this.distances.destroy();
    this.drawing.destroy();
    this.resizer.disconnect();
    this.selection.close();
    this.maplibre.remove();
  }
}
