import * as maplibregl from "maplibre-gl";
import { accuracyCircles } from "../core/distance/accuracy-circles";
import type { BorderDistance } from "../core/distance/distance-to-border";
import { formatDistance } from "../core/reports/format-report";
import type { ReportFeature, ReportProperties } from "../core/reports/report";
import { nearestLineCollection } from "./nearest-line";
import { fillBorderDistances } from "./popup-distances";
import { buildReportPopup } from "./report-popup";

export interface ReportSelectionOptions {
  reportsById: ReadonlyMap<string, ReportFeature>;
  measure: (lon: number, lat: number) => Promise<BorderDistance>;
  /** Rings these reports (none: an empty list). */
  ring: (ids: readonly string[]) => void;
  /** Whether the style has loaded (its sources exist). */
  ready: () => boolean;
  /** The reports selected now (none: the popup closed). */
  onSelect?: (ids: string[]) => void;
  /** The event whose popup is open now (null: none). */
  onSelectEvent?: (id: string | null) => void;
}

/**
 * The map's popup and what is selected: a report's (or a stack's) popup with
 * its border row filled, the ring and accuracy circles of the selected
 * reports, the line to the nearest border point; or another element (an
 * event's sources) in the same popup.
 */
export class ReportSelection {
  private readonly popup = new maplibregl.Popup({ maxWidth: "360px", closeOnClick: false });
  /** Counts selections, so that a slow border measurement for an older one is dropped. */
  private selection = 0;
  /** The event whose popup is open, if any. */
  private event: string | null = null;

  constructor(
    private readonly map: maplibregl.Map,
    private readonly options: ReportSelectionOptions,
  ) {
    this.popup.on("close", () => {
      this.highlight([]);
      options.onSelect?.([]);
      this.setEvent(null);
    });
  }

  /** Opens the popup of the given reports at the first one's position and marks them on the map. */
  select(ids: readonly string[], at?: maplibregl.LngLatLike): void {
    const reports = ids.map((id) => this.options.reportsById.get(id)?.properties).filter((p): p is ReportProperties => p !== undefined);
    if (reports.length === 0) {
      this.popup.remove();
      return;
    }
    const clicked = reports[0]!.id;
    reports.sort((a, b) => b.event_date.localeCompare(a.event_date));
    const content = buildReportPopup(reports);
    this.popup.setMaxWidth("360px").setDOMContent(content);
    if (at) this.popup.setLngLat(at);
    this.popup.addTo(this.map);
    this.highlight(reports.map((r) => r.id));
    void this.showBorderDistances(content, clicked, reports);
    this.setEvent(null);
    this.options.onSelect?.(reports.map((r) => r.id));
  }

  /** Shows an event's table of sources in the popup (it needs more room than one report's list). */
  showEvent(eventId: string, content: HTMLElement, at: [number, number]): void {
    this.highlight([]);
    this.popup.setMaxWidth("520px").setDOMContent(content).setLngLat(at).addTo(this.map);
    this.options.onSelect?.([]);
    this.setEvent(eventId);
  }

  private setEvent(id: string | null): void {
    if (id === this.event) return;
    this.event = id;
    this.options.onSelectEvent?.(id);
  }

  close(): void {
    this.popup.remove();
  }

  /** Fills each popup section's border row, and draws the line from the clicked report to its nearest border point. */
  private async showBorderDistances(content: HTMLElement, clicked: string, reports: readonly ReportProperties[]): Promise<void> {
    const selection = ++this.selection;
    await fillBorderDistances(content, reports, {
      positionOf: (id) => this.options.reportsById.get(id)?.geometry.coordinates as [number, number] | undefined,
      measure: this.options.measure,
      current: () => selection === this.selection,
      onClicked: (lon, lat, d) => {
        this.source("nearest-line")?.setData(nearestLineCollection(lon, lat, d, `${formatDistance(d.distanceM)} to the Durand Line`));
      },
      clicked,
    });
  }

  /** Rings the selected reports and draws the circles of their location accuracy. */
  private highlight(ids: readonly string[]): void {
    if (!this.options.ready()) return;
    if (ids.length === 0) {
      this.selection++;
      this.source("nearest-line")?.setData({ type: "FeatureCollection", features: [] });
    }
    this.options.ring(ids);
    const selected = ids.map((id) => this.options.reportsById.get(id)).filter((r): r is ReportFeature => r !== undefined);
    this.source("selected-accuracy")?.setData(accuracyCircles(selected));
  }

  private source(id: string): maplibregl.GeoJSONSource | undefined {
    return this.map.getSource<maplibregl.GeoJSONSource>(id);
  }
}
