import type * as maplibregl from "maplibre-gl";
import type { Feature, FeatureCollection, Point } from "geojson";
import { shownStacks, type DisplayProperties } from "../core/view/display-reports";
import { GPU_DOTS_FROM, ReportDots } from "./report-dots";
import { NO_STACK_LABELS, reportLayerFilters, stackLabelStyle } from "./report-filters";
import { ShownReports } from "./shown-reports";

/**
 * How the reports are drawn each on their own, and the filters on them: by
 * MapLibre's report layers, or from 5,000 reports by the dots canvas, when
 * MapLibre's report source holds only the ringed reports (selected, hovered).
 * Part of the map module; nothing outside it holds one.
 */
export class ReportDrawing {
  /** The reports as drawn and the filters on them. */
  readonly shown = new ShownReports();
  private readonly dots: ReportDots;
  private dotsMode = false;
  private selectedIds: string[] = [];
  private hoveredId: string | null = null;
  /** Each report layer's filter as last set (JSON), so that an unchanged one is not set again. */
  private readonly appliedFilters = new Map<string, string>();
  /** In dots mode, the ids last put in MapLibre's report source. */
  private ringedKey = "";
  /** The stack labels' filter and text as last set (JSON); the style starts with none. */
  private stackLabelsKey = JSON.stringify(NO_STACK_LABELS);

  constructor(
    private readonly map: maplibregl.Map,
    /** The reports the filters let through, after each change. */
    private readonly onShown: (features: Feature<Point, DisplayProperties>[]) => void,
  ) {
    this.dots = new ReportDots(map);
  }

  /** Once the style has loaded. */
  addCameraLayer(): void {
    this.dots.addCameraLayer();
  }

  /** New reports to draw, or (`moved` false) the same reports with new properties. */
  setDisplay(display: FeatureCollection<Point, DisplayProperties>, moved: boolean): void {
    this.shown.display = display;
    this.dotsMode = display.features.length >= GPU_DOTS_FROM;
    if (moved) this.dots.setFeatures(this.dotsMode ? display.features : []);
    this.applyLayerFilters();
    this.setReportSource();
    this.shownChanged();
  }

  /** Canvases drawn over MapLibre's (the dots canvas), bottom first, for a snapshot. */
  get overlays(): HTMLCanvasElement[] {
    return [this.dots.element];
  }

  /** A filter changed: the layers, the dots, and what is made of the reports shown. */
  filtersChanged(): void {
    this.applyLayerFilters();
    this.shownChanged();
    if (this.dotsMode) this.setReportSource();
  }

  /** The reports ringed as selected. */
  setSelected(ids: readonly string[]): void {
    this.selectedIds = [...ids];
    if (this.dotsMode) this.setReportSource();
    this.applyLayerFilters();
  }

  /** The report ringed under the pointer or its row (null: none). */
  setHovered(id: string | null): void {
    if (this.dotsMode && id !== this.hoveredId) {
      this.hoveredId = id;
      this.setReportSource();
    }
    this.map.setFilter("report-hover", ["==", ["get", "id"], id ?? ""]);
  }

  /**
   * The pointer over a report: the pointer cursor, and `onHover` with its id
   * (null when it leaves). MapLibre's layer says which report in its events;
   * over the dots canvas, the picker does.
   */
  listenForHover(onHover: (id: string | null) => void): void {
    const cursor = (on: boolean) => (this.map.getCanvas().style.cursor = on ? "pointer" : "");
    this.map.on("mouseenter", "reports", () => {
      if (!this.dotsMode) cursor(true);
    });
    this.map.on("mouseleave", "reports", () => {
      if (this.dotsMode) return;
      cursor(false);
      onHover(null);
    });
    this.map.on("mousemove", "reports", (e) => {
      if (!this.dotsMode) onHover(e.features?.[0] ? String(e.features[0].properties?.id) : null);
    });
    this.map.on("mousemove", (e) => {
      if (!this.dotsMode) return;
      const id = this.dots.pick(e.point)[0] ?? null;
      cursor(id !== null);
      onHover(id);
    });
  }

  /** Ids of the dots under a point of the screen, nearest first; null when MapLibre draws the reports (ask its layer). */
  pick(point: maplibregl.PointLike): string[] | null {
    return this.dotsMode ? this.dots.pick(point) : null;
  }

  /** Where the dots canvas shows each report: from a zoom, or nowhere (null). */
  setDotsVisibleFromZoom(zoom: number | null): void {
    this.dots.setVisibleFromZoom(zoom);
  }

  /** The ids of the reports the dots canvas draws now; null when MapLibre's circle layer draws them. For tests. */
  gpuDrawnIds(): string[] | null {
    return this.dotsMode ? this.dots.shownIds() : null;
  }

  destroy(): void {
    this.dots.destroy();
  }

  /**
   * The report layers' filters. In dots mode MapLibre's source holds only the
   * ringed reports that are shown, so only the selection filters them. A
   * filter is set only when it changed: each setting cuts the source's tiles again.
   */
  private applyLayerFilters(): void {
    const s = this.shown;
    const filters = this.dotsMode ? reportLayerFilters(this.selectedIds) : reportLayerFilters(this.selectedIds, s.expression());
    for (const [layer, filter] of Object.entries(filters)) {
      const key = JSON.stringify(filter);
      if (!this.map.getLayer(layer) || this.appliedFilters.get(layer) === key) continue;
      this.appliedFilters.set(layer, key);
      this.map.setFilter(layer, filter);
    }
  }

  /** MapLibre's report source: every report, or in dots mode only those ringed (selected, hovered) and shown. */
  private setReportSource(): void {
    const source = this.map.getSource<maplibregl.GeoJSONSource>("reports");
    const display = this.shown.display;
    if (!this.dotsMode) {
      this.ringedKey = "";
      source?.setData(display);
      return;
    }
    const ringed = this.dots.shownOf([...this.selectedIds, ...(this.hoveredId ? [this.hoveredId] : [])]);
    const key = JSON.stringify(ringed);
    if (key === this.ringedKey) return;
    this.ringedKey = key;
    source?.setData({ type: "FeatureCollection", features: ringed.map((i) => display.features[i]!) });
  }

  private shownChanged(): void {
    const { features, mask } = this.shown.select();
    if (this.dotsMode) this.dots.setShown(mask);
    this.applyStackLabels(features);
    this.onShown(features);
  }

  /**
   * "×N" over each position where N ≥ 2 of the reports shown stack, counted
   * again whenever what is shown changes. None in dots mode: the dots canvas
   * draws no labels, and MapLibre's source holds only the ringed reports.
   */
  private applyStackLabels(shown: readonly Feature<Point, DisplayProperties>[]): void {
    if (!this.map.getLayer("report-stack-labels")) return;
    const style = this.dotsMode ? NO_STACK_LABELS : stackLabelStyle(shownStacks(shown));
    const key = JSON.stringify(style);
    if (key === this.stackLabelsKey) return;
    this.stackLabelsKey = key;
    this.map.setFilter("report-stack-labels", style.filter);
    this.map.setLayoutProperty("report-stack-labels", "text-field", style.textField);
  }
}
