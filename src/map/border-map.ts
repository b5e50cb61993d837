import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import type { Feature, FeatureCollection, Point } from "geojson";
import type { Bounds } from "../core/report-list";
import { accuracyCircles } from "../core/accuracy-circles";
import { toDisplayCollection } from "../core/display-reports";
import type { ReportFeature, ReportProperties } from "../core/report";
import type { BasemapId, LayerGroup } from "./layer-groups";
import { describeBorderDistance } from "../core/format-border";
import { formatDistance } from "../core/format-report";
import type { LengthUnit } from "../core/format-length";
import type { MeasuredPath } from "../core/measure-path";
import { BorderBandsClient } from "./border-bands-client";
import { BorderDistanceClient } from "./border-distance-client";
import { MeasureLayer, type BorderSpot } from "./measure-layer";
import { nearestLineCollection } from "./nearest-line";
import { reportLayerFilters, reportShown } from "./report-filters";
import { filterExpression } from "./report-filter-expression";
import { NO_FILTER, type ReportFilter } from "../core/report-filter";
import type { ReportView } from "./report-view-style";
import { REPORT_LAYER_IDS, ReportViews, type EventsStatus } from "./report-views";
import type { DbscanParams } from "../core/space-time-dbscan";
import type { DisplayProperties } from "../core/display-reports";
import { buildReportPopup } from "./report-popup";
import { buildStyle, GROUP_LAYERS, type StyleUrls } from "./style";

maplibregl.setWorkerUrl(workerUrl);

/** The whole Durand Line, Iran tripoint to China tripoint, with Kandahar, Quetta and Peshawar. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [60.5, 29.2],
  [75.2, 38.6],
];

const ONLINE_SOURCE = "osm-raster";

export interface BorderMapOptions {
  container: HTMLElement;
  urls: StyleUrls;
  /** Places whose accuracy is drawn as a circle (Spin Boldak, Weesh, the crossing). */
  placesWithAccuracy: (place: { id?: unknown; approximate?: unknown }) => boolean;
  onSelect?: (reportIds: string[]) => void;
  /** The measure tool's path, its border spot, and the tool turning itself off (Escape). */
  onMeasure?: (path: MeasuredPath) => void;
  onBorderSpot?: (spot: BorderSpot | null) => void;
  onMeasuringChange?: (on: boolean) => void;
  /** Each report's distance to the border (metres, by id), measured in the worker when reports load. */
  onBorderDistances?: (distancesM: ReadonlyMap<string, number>) => void;
  /** Each report's side of the border (`AF`, `PK`, `none`), measured with the distances. */
  onBorderSides?: (sides: ReadonlyMap<string, string>) => void;
  /** Each report's position along the border (km from the Iran tripoint), and the border's length. */
  onAlongBorder?: (alongKm: ReadonlyMap<string, number>, borderKm: number) => void;
  /** The buffer bands: computing, drawn (with the worker's time) or failed. */
  onBands?: (status: BandsStatus) => void;
  /** The reports the filters let through (with their measured distances), each time that set changes. */
  onShown?: (features: readonly Feature<Point, DisplayProperties>[]) => void;
  /** The map's view (west, south, east, north), when it has loaded and after each move. */
  onView?: (bounds: Bounds) => void;
  /** The report under the pointer on the map, or null. */
  onHover?: (id: string | null) => void;
  /** Grouping the shown reports into events (the events view): computing, drawn or failed. */
  onEvents?: (status: EventsStatus) => void;
}

export type BandsStatus =
  | { state: "computing"; distancesKm: readonly number[] }
  | { state: "drawn"; distancesKm: readonly number[]; ms: number }
  | { state: "failed"; distancesKm: readonly number[]; message: string };

/**
 * The one module that owns the MapLibre map. React hands it data and
 * settings; it never hands the map instance out, except to tests via `maplibre`.
 */
export class BorderMap {
  readonly maplibre: maplibregl.Map;
  private readonly reportsById = new Map<string, ReportFeature>();
  private readonly popup = new maplibregl.Popup({ maxWidth: "360px", closeOnClick: false });
  private pendingReports: ReportFeature[] | null = null;
  private readonly distances = new BorderDistanceClient();
  private readonly measure: MeasureLayer;
  private readonly bands = new BorderBandsClient();
  private bandsRequest = 0;
  private reportsLoad = 0;
  private withinKm: number | null = null;
  private explore: ReportFilter = NO_FILTER;
  private selectedIds: string[] = [];
  private onlyIds: readonly string[] | null = null;
  private selection = 0;
  private styleReady = false;
  private readonly views: ReportViews;
  private readonly resizer: ResizeObserver;
  /** The reports as drawn (with their derived properties), for the clusters and events made of those shown. */
  private display: FeatureCollection<Point, DisplayProperties> = { type: "FeatureCollection", features: [] };

  constructor(private readonly options: BorderMapOptions) {
    this.maplibre = new maplibregl.Map({
      container: options.container,
      style: buildStyle(options.urls),
      bounds: INITIAL_BOUNDS,
      fitBoundsOptions: { padding: 24 },
      // The full attribution line on desktops; behind its button on a phone, where it would cover a third of the map.
      attributionControl: { compact: options.container.clientWidth < 640 },
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
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
      if (e.key === "Escape") this.popup.remove();
    });
    this.maplibre.on("mouseenter", "reports", () => (this.maplibre.getCanvas().style.cursor = "pointer"));
    this.maplibre.on("mouseleave", "reports", () => {
      this.maplibre.getCanvas().style.cursor = "";
      options.onHover?.(null);
    });
    this.maplibre.on("mousemove", "reports", (e) => options.onHover?.(e.features?.[0] ? String(e.features[0].properties?.id) : null));
    this.maplibre.on("moveend", () => this.emitView());
    this.popup.on("close", () => this.highlight([]));
    this.views = new ReportViews(this.maplibre, {
      onEvents: (status) => options.onEvents?.(status),
      selectReports: (ids, at) => this.selectReports(ids, at),
      openPopup: (content, at) => {
        this.highlight([]);
        // An event's table of sources needs more room than one report's list.
        this.popup.setMaxWidth("520px").setDOMContent(content).setLngLat(at).addTo(this.maplibre);
      },
      reportsById: this.reportsById,
    });
    for (const layer of ["cluster-bubbles", "cluster-singles", "event-high", "event-low"]) {
      this.maplibre.on("mouseenter", layer, () => (this.maplibre.getCanvas().style.cursor = "pointer"));
      this.maplibre.on("mouseleave", layer, () => (this.maplibre.getCanvas().style.cursor = ""));
    }
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
  }

  private async onLoad(): Promise<void> {
    this.styleReady = true;
    this.emitView();
    this.measure.redraw();
    if (this.pendingReports) this.setReports(this.pendingReports);
    try {
      const response = await fetch(this.options.urls.places);
      const places = (await response.json()) as FeatureCollection<Point, Record<string, unknown>>;
      const shown = places.features.filter((f) => this.options.placesWithAccuracy(f.properties ?? {}));
      this.source("place-accuracy")?.setData(accuracyCircles(shown));
    } catch (error) {
      console.error("Could not draw the places' accuracy circles", error);
    }
  }

  private source(id: string): maplibregl.GeoJSONSource | undefined {
    return this.maplibre.getSource<maplibregl.GeoJSONSource>(id);
  }

  /** Replaces the reports on the map. */
  setReports(reports: readonly ReportFeature[]): void {
    this.reportsById.clear();
    for (const r of reports) this.reportsById.set(r.properties.id, r);
    if (!this.styleReady) {
      this.pendingReports = [...reports];
      return;
    }
    this.pendingReports = null;
    this.popup.remove();
    this.views.setReports(reports);
    this.setDisplay(toDisplayCollection(reports));
    void this.measureReports(reports);
  }

  /** Measures every report's distance to the border in one worker message, then adds it to the drawn features. */
  private async measureReports(reports: readonly ReportFeature[]): Promise<void> {
    const load = ++this.reportsLoad;
    try {
      const { distancesM, alongKm, borderKm, sides } = await this.distances.measureMany(reports.map((r) => r.geometry.coordinates));
      if (load !== this.reportsLoad) return;
      const byId = new Map(reports.map((r, i) => [r.properties.id, distancesM[i]!]));
      const sideById = new Map(reports.map((r, i) => [r.properties.id, sides[i] ?? "none"]));
      this.setDisplay(toDisplayCollection(reports, byId, sideById));
      this.options.onBorderDistances?.(byId);
      this.options.onBorderSides?.(sideById);
      this.options.onAlongBorder?.(new Map(reports.map((r, i) => [r.properties.id, alongKm[i]!])), borderKm);
    } catch (error) {
      console.error("Could not measure the reports' distances to the border", error);
    }
  }

  private setDisplay(display: FeatureCollection<Point, DisplayProperties>): void {
    this.display = display;
    this.source("reports")?.setData(display);
    this.shownChanged();
  }

  private shownChanged(): void {
    const shown = this.shownFeatures();
    this.views.setShown(shown);
    this.options.onShown?.(shown);
  }

  /** Rings one report, as the pointer over its row in the list does (null: none). */
  hoverReport(id: string | null): void {
    this.whenReady(() => this.maplibre.setFilter("report-hover", ["==", ["get", "id"], id ?? ""]));
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

  /** The drawn reports that the "within N km" and "only these" filters let through. */
  private shownFeatures() {
    const only = this.onlyIds ? new Set(this.onlyIds) : null;
    const explore = filterExpression(this.explore) ? this.explore : null;
    if (!only && this.withinKm === null && !explore) return this.display.features;
    return this.display.features.filter((f) => reportShown(f.properties, this.withinKm, only, explore));
  }

  /** The explore filters (dates, types, figures, sources, side, precision). */
  setFilter(filter: ReportFilter): void {
    this.explore = filter;
    this.whenReady(() => this.applyShownFilters());
  }

  /** How reports are drawn: each one, clusters at low zoom, or events. */
  setReportView(view: ReportView): void {
    this.whenReady(() => this.views.setView(view));
  }

  /** The density heatmap of the reports shown, on or off. */
  setDensity(on: boolean): void {
    this.whenReady(() => this.views.setDensity(on));
  }

  /** Moves to an event and opens its popup (the panel's list of the largest events). */
  openEvent(id: string): void {
    this.whenReady(() => this.views.openEvent(id, true));
  }

  /** The parameters that group reports into events. */
  setEventParams(params: DbscanParams): void {
    this.whenReady(() => this.views.setEventParams(params));
  }

  /** Draws buffer bands at these distances (km) on both sides of the border; the latest call wins. */
  setBands(distancesKm: readonly number[]): void {
    const request = ++this.bandsRequest;
    this.options.onBands?.({ state: "computing", distancesKm });
    this.bands.compute(distancesKm).then(
      ({ bands, ms }) => {
        if (request !== this.bandsRequest) return;
        this.whenReady(() => this.source("bands")?.setData(bands));
        this.options.onBands?.({ state: "drawn", distancesKm, ms });
      },
      (error: unknown) => {
        if (request !== this.bandsRequest) return;
        this.options.onBands?.({ state: "failed", distancesKm, message: error instanceof Error ? error.message : String(error) });
      },
    );
  }

  /** Shows only these reports (null: all), e.g. a selection on the chart along the border. */
  setOnlyIds(ids: readonly string[] | null): void {
    this.onlyIds = ids;
    this.whenReady(() => this.applyShownFilters());
  }

  /** Shows only reports within `km` of the border (null: all), by filters on the report layers. */
  setWithinKm(km: number | null): void {
    this.withinKm = km;
    this.whenReady(() => this.applyShownFilters());
  }

  private applyReportFilters(): void {
    for (const [layer, filter] of Object.entries(reportLayerFilters(this.withinKm, this.selectedIds, this.onlyIds, filterExpression(this.explore)))) {
      if (this.maplibre.getLayer(layer)) this.maplibre.setFilter(layer, filter);
    }
  }

  /** A filter changed: the layers, and the clusters and events made of the reports shown. */
  private applyShownFilters(): void {
    this.applyReportFilters();
    this.shownChanged();
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
    const apply = () => {
      const map = this.maplibre;
      if (basemap === "osm" && !map.getSource(ONLINE_SOURCE)) {
        map.addSource(ONLINE_SOURCE, {
          type: "raster",
          tiles: ["https://tile.openstreetmap.org/{z}/{x}/{y}.png"],
          tileSize: 256,
          maxzoom: 19,
          attribution: "© OpenStreetMap contributors",
        });
        map.addLayer({ id: ONLINE_SOURCE, type: "raster", source: ONLINE_SOURCE }, "band-fill");
      }
      if (basemap === "offline" && map.getSource(ONLINE_SOURCE)) {
        map.removeLayer(ONLINE_SOURCE);
        map.removeSource(ONLINE_SOURCE);
      }
    };
    this.whenReady(apply);
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
    const reports = ids
      .map((id) => this.reportsById.get(id)?.properties)
      .filter((p): p is ReportProperties => p !== undefined);
    if (reports.length === 0) {
      this.popup.remove();
      return;
    }
    const clicked = reports[0]!.id;
    reports.sort((a, b) => b.event_date.localeCompare(a.event_date));
    const content = buildReportPopup(reports);
    this.popup.setMaxWidth("360px").setDOMContent(content);
    if (at) this.popup.setLngLat(at);
    this.popup.addTo(this.maplibre);
    this.highlight(reports.map((r) => r.id));
    void this.showBorderDistances(content, clicked, reports);
    this.options.onSelect?.(reports.map((r) => r.id));
  }

  /** Fills each popup section's border row, and draws the line from the clicked report to its nearest border point. */
  private async showBorderDistances(content: HTMLElement, clicked: string, reports: readonly ReportProperties[]): Promise<void> {
    const selection = ++this.selection;
    await Promise.all(
      reports.map(async (p) => {
        const feature = this.reportsById.get(p.id);
        if (!feature) return;
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        const cell = content.querySelector<HTMLElement>(`[data-border-for="${CSS.escape(p.id)}"]`);
        try {
          const d = await this.distances.measure(lon, lat);
          if (selection !== this.selection) return;
          if (cell) cell.textContent = describeBorderDistance(d, p.accuracy_m, p.geo_precision);
          if (p.id === clicked) {
            this.source("nearest-line")?.setData(nearestLineCollection(lon, lat, d, `${formatDistance(d.distanceM)} to the Durand Line`));
          }
        } catch (error) {
          if (cell) cell.textContent = `not available (${error instanceof Error ? error.message : String(error)})`;
        }
      }),
    );
  }

  /** Rings the selected reports and draws the circles of their location accuracy. */
  private highlight(ids: readonly string[]): void {
    if (!this.styleReady) return;
    if (ids.length === 0) {
      this.selection++;
      this.source("nearest-line")?.setData({ type: "FeatureCollection", features: [] });
    }
    this.selectedIds = [...ids];
    this.applyReportFilters();
    const selected = ids.map((id) => this.reportsById.get(id)).filter((r): r is ReportFeature => r !== undefined);
    this.source("selected-accuracy")?.setData(accuracyCircles(selected));
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
    const features = this.maplibre.getLayer("reports") ? this.maplibre.queryRenderedFeatures(e.point, { layers: ["reports"] }) : [];
    const ids = [...new Set(features.map((f) => String(f.properties?.id)))];
    const first = features[0]?.geometry;
    const at = first && first.type === "Point" ? (first.coordinates as [number, number]) : e.lngLat;
    this.selectReports(ids, at);
  }

  destroy(): void {
    this.distances.destroy();
    this.bands.destroy();
    this.views.destroy();
    this.resizer.disconnect();
    this.popup.remove();
    this.maplibre.remove();
  }
}
