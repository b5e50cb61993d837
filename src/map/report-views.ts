import type * as maplibregl from "maplibre-gl";
import type { Feature, FeatureCollection, Point } from "geojson";
import type { DisplayProperties } from "../core/view/display-reports";
import type { EventSummary } from "../core/events/events";
import { eventLabel } from "../core/events/format-event";
import type { ReportFeature, ReportProperties } from "../core/reports/report";
import { buildEventPopup } from "./event-popup";
import type { EventsStatus } from "../state/work-status";
import { clusterKilledLabel, CLUSTER_LAYER_IDS, CLUSTER_MAX_ZOOM, EVENT_LAYER_IDS, HEAT_LAYER_ID, type ReportView } from "./report-view-style";

/** The layers that draw each report; the clusters view hands low zooms to its bubbles, the events view hides them. */
export const REPORT_LAYER_IDS = ["report-accuracy-fill", "report-accuracy-line", "reports", "report-stack-labels", "report-selected", "report-hover"];

export interface ReportViewsOptions {
  /** Opens the reports' popup (the same as clicking them). */
  selectReports: (ids: string[], at: [number, number]) => void;
  /** Shows an event's element in the map's popup. */
  openEventPopup: (eventId: string, content: HTMLElement, at: [number, number]) => void;
  reportsById: ReadonlyMap<string, ReportFeature>;
  /** Where the dots canvas (large datasets) shows each report: from a zoom, or nowhere (null). */
  onDotsVisibility?: (fromZoom: number | null) => void;
}

/**
 * The report views on the map the map module owns: each report, clusters at
 * low zoom, events; and the density heatmap. Keeps the clusters' and events'
 * data in step with the reports shown, and answers clicks on its layers.
 */
export class ReportViews {
  private view: ReportView = "reports";
  private density = false;
  private groupVisible = true;
  private shown: Feature<Point, DisplayProperties>[] = [];
  private events: readonly EventSummary[] = [];
  /** Ids of the reports last grouped, and each one's event (an index into `events`). */
  private groupedIds: readonly string[] = [];
  private eventIndex: Int32Array = new Int32Array(0);
  /** The first report of each event, by id, with the event's figure the clusters add (`eventCarriers`). */
  private carriers = new Map<string, number>();

  constructor(
    private readonly map: maplibregl.Map,
    private readonly options: ReportViewsOptions,
  ) {
    for (const layer of ["cluster-bubbles", "cluster-singles", "event-high", "event-low"]) {
      map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
      map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
    }
  }

  /** The reports the filters let through (the clusters and events are made of these). */
  setShown(features: Feature<Point, DisplayProperties>[]): void {
    // Other reports shown: their events are being grouped again, and the old ones' figures are not theirs.
    if (features !== this.shown) this.carriers = new Map();
    this.shown = features;
    this.refreshData();
  }

  setView(view: ReportView): void {
    this.view = view;
    this.applyVisibility();
    this.refreshData();
  }

  setDensity(on: boolean): void {
    this.density = on;
    this.applyVisibility();
    this.refreshData();
  }

  setGroupVisible(visible: boolean): void {
    this.groupVisible = visible;
    this.applyVisibility();
  }

  /** The shown reports grouped into events (the store's), drawn as the events view's marks; null: none grouped. */
  setEvents(status: EventsStatus | null): void {
    const drawn = status?.state === "drawn" ? status : null;
    this.events = drawn?.all ?? [];
    this.groupedIds = drawn?.reportIds ?? [];
    this.eventIndex = drawn?.eventIndex ?? new Int32Array(0);
    this.carriers = eventCarriers(this.events, this.groupedIds, this.eventIndex);
    this.map.getSource<maplibregl.GeoJSONSource>("events")?.setData(eventFeatures(this.events));
    this.refreshData();
  }

  private applyVisibility(): void {
    const show = (ids: string[], on: boolean) => {
      for (const id of ids) if (this.map.getLayer(id)) this.map.setLayoutProperty(id, "visibility", on ? "visible" : "none");
    };
    const on = this.groupVisible;
    // Clusters, or the heatmap, take the dots' place at low zoom: the dots start where clusters end, so the
    // density they show is not buried under 100,000 dots (nor is the Durand Line).
    const dotsFrom = this.view === "clusters" || this.density ? CLUSTER_MAX_ZOOM + 1 : 0;
    show(REPORT_LAYER_IDS, on && this.view !== "events");
    this.options.onDotsVisibility?.(on && this.view !== "events" ? dotsFrom : null);
    for (const id of REPORT_LAYER_IDS) {
      if (this.map.getLayer(id)) this.map.setLayerZoomRange(id, dotsFrom, 24);
    }
    show(CLUSTER_LAYER_IDS, on && this.view === "clusters");
    for (const id of CLUSTER_LAYER_IDS) if (this.map.getLayer(id)) this.map.setLayerZoomRange(id, 0, CLUSTER_MAX_ZOOM + 1);
    show(EVENT_LAYER_IDS, on && this.view === "events");
    show([HEAT_LAYER_ID], on && this.density);
  }

  private refreshData(): void {
    const source = (id: string) => this.map.getSource<maplibregl.GeoJSONSource>(id);
    if (this.view === "clusters") {
      source("report-clusters")?.setData({ type: "FeatureCollection", features: withEventFigures(this.shown, this.carriers) });
      // Until the shown reports' events are in, the bubbles count accounts only.
      if (this.map.getLayer("cluster-killed")) this.map.setLayoutProperty("cluster-killed", "text-field", clusterKilledLabel(this.carriers.size > 0));
    }
    if (this.density) source("report-density")?.setData({ type: "FeatureCollection", features: this.shown });
  }

  /** A click on a bubble, a lone clustered report or an event; false when the click is not on one. */
  handleClick(e: maplibregl.MapMouseEvent): boolean {
    if (this.view === "events") return this.clickEvent(e);
    if (this.view === "clusters" && this.map.getZoom() < CLUSTER_MAX_ZOOM + 1) return this.clickCluster(e);
    return false;
  }

  private clickEvent(e: maplibregl.MapMouseEvent): boolean {
    const hit = this.map.queryRenderedFeatures(e.point, { layers: ["event-high", "event-low"] })[0];
    return hit !== undefined && this.openEvent(String(hit.properties?.event_id));
  }

  /** Opens an event's popup (from a click, or from the panel's list: then the map moves to it first). */
  openEvent(id: string, fly = false): boolean {
    const index = this.events.findIndex((ev) => ev.id === id);
    if (index < 0) return false;
    const event = this.events[index]!;
    if (fly) this.map.jumpTo({ center: event.centroid, zoom: Math.max(this.map.getZoom(), 9) });
    const reports = this.groupedIds
      .filter((_, k) => this.eventIndex[k] === index)
      .map((reportId) => this.options.reportsById.get(reportId)?.properties)
      .filter((p): p is ReportProperties => p !== undefined)
      .sort((a, b) => a.event_date.localeCompare(b.event_date) || a.source.localeCompare(b.source));
    this.options.openEventPopup(id, buildEventPopup(event, reports), event.centroid);
    return true;
  }

  private clickCluster(e: maplibregl.MapMouseEvent): boolean {
    const hit = this.map.queryRenderedFeatures(e.point, { layers: ["cluster-bubbles", "cluster-singles"] })[0];
    if (!hit || hit.geometry.type !== "Point") return false;
    const at = hit.geometry.coordinates as [number, number];
    const clusterId = hit.properties?.cluster_id as number | undefined;
    if (clusterId === undefined) {
      this.options.selectReports([String(hit.properties?.id)], at);
      return true;
    }
    void this.openCluster(clusterId, at);
    return true;
  }

  /** Zooms to where the bubble splits; when its reports share one place (it never would), lists them. */
  private async openCluster(clusterId: number, at: [number, number]): Promise<void> {
    const source = this.map.getSource<maplibregl.GeoJSONSource>("report-clusters");
    if (!source) return;
    const leaves = (await source.getClusterLeaves(clusterId, Infinity, 0)) as Feature<Point>[];
    const first = leaves[0]?.geometry.coordinates;
    const onePlace = first !== undefined && leaves.every((l) => l.geometry.coordinates[0] === first[0] && l.geometry.coordinates[1] === first[1]);
    if (onePlace) {
      this.options.selectReports(
        leaves.map((l) => String(l.properties?.id)),
        at,
      );
      return;
    }
    const zoom = await source.getClusterExpansionZoom(clusterId);
    this.map.easeTo({ center: at, zoom: Math.min(zoom, 22) });
  }

}

/** Events as map features: centroid points with their figures and a label that says how far sources agree. */
function eventFeatures(events: readonly EventSummary[]): FeatureCollection<Point> {
  return {
    type: "FeatureCollection",
    features: events.map((e) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: e.centroid },
      properties: {
        event_id: e.id,
        reports: e.reports,
        killed_min: e.killed?.min ?? null,
        killed_max: e.killed?.max ?? null,
        sources_disagree: e.disagree,
        label: eventLabel(e),
      },
    })),
  };
}

/**
 * Each event's figure for the clusters, carried by its first report: the
 * lowest number killed its sources allow, all groups (claims about the other
 * side's forces left out). A bubble adds its carriers, so an incident told by
 * four sources is counted once.
 */
function eventCarriers(events: readonly EventSummary[], ids: readonly string[], eventIndex: Int32Array): Map<string, number> {
  const carriers = new Map<string, number>();
  const seen = new Uint8Array(events.length);
  for (let k = 0; k < ids.length; k++) {
    const e = eventIndex[k]!;
    if (seen[e] === 1) continue;
    seen[e] = 1;
    carriers.set(ids[k]!, events[e]!.killed?.min ?? 0);
  }
  return carriers;
}

/** The shown reports, the carriers among them copied with their event's figure (`event_killed`); the rest as they are. */
function withEventFigures(shown: Feature<Point, DisplayProperties>[], carriers: ReadonlyMap<string, number>): Feature<Point>[] {
  if (carriers.size === 0) return shown;
  return shown.map((f) => {
    const killed = carriers.get(f.properties.id);
    return killed === undefined ? f : { ...f, properties: { ...f.properties, event_killed: killed } };
  });
}
