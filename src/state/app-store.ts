import type { ReportFeature, ReportProperties } from "../core/reports/report";
import type { BorderFacts } from "../core/view/border-facts";
import { filterFactsOf, sideCounts } from "../core/view/border-facts";
import { filterCounts, keptWithout, NO_FILTER, type FilterCounts, type FilterFacts, type FilterKey, type ReportFilter } from "../core/view/report-filter";
import { timelineOf, type Timeline } from "../core/view/timeline";
import { alongPointsOf, type AlongBorderPoint } from "../core/view/along-border-chart";
import { countInView, type Bounds } from "../core/view/report-list";
import type { Camera, ViewState } from "../core/view/url-state";
import type { Dataset } from "../data/load-reports";
import type { BandsStatus, EventsStatus, FactsStatus } from "./work-status";

/**
 * Everything the page shows, in one place: the view (what a link carries),
 * the reports loaded, what is derived from them (their border facts, the
 * bands, the events) with whether it is ready, and the one "shown" result
 * that every count on screen reads. Panels, the map and the address read it;
 * they change it only through the actions below.
 */
export interface AppState {
  view: ViewState;
  dataset: Dataset | null;
  /** The reports' properties, in the dataset's order (derived once a dataset). */
  properties: readonly ReportProperties[];
  facts: BorderFacts | null;
  factsStatus: FactsStatus;
  /** What the filters read of each report (derived: day spans, and the facts once measured). */
  filterFacts: readonly FilterFacts[];
  /** The reports every filter keeps, as a mask in the dataset's order, and every count (derived, once a change). */
  shown: FilterCounts;
  /** Reports per day or week that every filter but the dates keeps (derived; playback does not rebuild it). */
  timeline: Timeline | null;
  /** The chart along the border's points: the measured reports every filter but the chart's own selection keeps (derived). */
  alongPlotted: readonly AlongBorderPoint[];
  /** Reports on each side of the border; null until measured. */
  sides: Record<string, number> | null;
  bands: BandsStatus | null;
  events: EventsStatus | null;
  /** The map's view (west, south, east, north), once it has one. */
  bounds: Bounds | null;
  /** Reports every filter keeps that lie in the map's view (all of them before the map has a view) (derived). */
  inView: number;
  /** The report under the pointer, on the map or in the list. */
  hovered: string | null;
  /** The timeline is playing: the address is replaced, not stepped. */
  playing: boolean;
  /** What an opened link (or a file's view) asked for that could not be done. */
  notices: readonly string[];
}

type Listener = () => void;

const EMPTY_COUNTS = filterCounts(NO_FILTER, [], () => ({}));
const NO_SPAN = [0, 0] as const;

/**
 * Whether a filter other than `except` changed. The actions change a filter by
 * spreading the old one, so an untouched filter keeps its value: comparing
 * values, not their text, is enough.
 */
function otherFilterChanged(prev: ReportFilter, next: ReportFilter, except: readonly FilterKey[]): boolean {
  return (Object.keys(next) as FilterKey[]).some((k) => !except.includes(k) && next[k] !== prev[k]);
}

/**
 * The store: plain TypeScript, read by React with `useSyncExternalStore`
 * (`use-app-state.ts`) and by the map's connection, the address and the
 * workers' runner through `subscribe`. Each action makes a new state; what
 * is derived is made again only when what it is derived from changed.
 */
export class AppStore {
  private state: AppState;
  private readonly listeners = new Set<Listener>();
  /** Every report's point on the chart along the border, once measured (made once per facts). */
  private alongPoints: readonly (AlongBorderPoint | null)[] = [];

  constructor(view: ViewState, notices: readonly string[] = []) {
    this.state = {
      view: { ...view, filter: { ...NO_FILTER, ...view.filter } },
      dataset: null,
      properties: [],
      facts: null,
      factsStatus: { state: "none" },
      filterFacts: [],
      shown: EMPTY_COUNTS,
      timeline: null,
      alongPlotted: [],
      sides: null,
      bands: null,
      events: null,
      bounds: null,
      inView: 0,
      hovered: null,
      playing: false,
      notices,
    };
  }

  readonly getState = (): AppState => this.state;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Applies a change, derives what depends on it, and tells every listener once. */
  private update(change: Partial<AppState>): void {
    const prev = this.state;
    const next: AppState = { ...prev, ...change };
    if (next.dataset !== prev.dataset) {
      next.properties = next.dataset ? next.dataset.reports.map((r) => r.properties) : [];
      next.facts = null;
      next.factsStatus = next.dataset && next.dataset.reports.length > 0 ? { state: "measuring" } : { state: "none" };
      next.events = null;
    }
    const factsChanged = next.properties !== prev.properties || next.facts !== prev.facts;
    if (factsChanged) {
      // The day spans depend on the reports alone: kept when only the facts came.
      next.filterFacts = filterFactsOf(next.properties, next.facts, next.properties === prev.properties ? prev.filterFacts : []);
      next.sides = sideCounts(next.facts);
      const facts = next.filterFacts;
      this.alongPoints = next.facts ? alongPointsOf(next.properties, next.facts.alongKm, (i) => facts[i]!.span ?? NO_SPAN) : [];
    }
    const filter = next.view.filter;
    if (factsChanged || filter !== prev.view.filter) {
      const facts = next.filterFacts;
      const shown = filterCounts(filter, next.properties, (_, i) => facts[i]!);
      next.shown = shown;
      // What every filter but one keeps is read from the same pass (`missed`), made again only when another filter changed.
      if (factsChanged || otherFilterChanged(prev.view.filter, filter, ["dateFrom", "dateTo"])) {
        const properties = next.properties;
        next.timeline = timelineOf(
          properties.length,
          (i) => facts[i]!.span ?? NO_SPAN,
          (i) => properties[i]!.time_precision === 1,
          keptWithout(shown, "dateFrom"),
        );
      }
      if (factsChanged || otherFilterChanged(prev.view.filter, filter, ["along"])) {
        const plotted = keptWithout(shown, "along");
        next.alongPlotted = this.alongPoints.filter((p, i): p is AlongBorderPoint => p !== null && plotted(i));
      }
    }
    if (next.shown !== prev.shown || next.bounds !== prev.bounds) next.inView = countInView(next.dataset?.reports ?? [], next.shown.mask, next.bounds);
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }

  private setView(change: Partial<ViewState>): void {
    this.update({ view: { ...this.state.view, ...change } });
  }

  // The view: filters, camera, selection, layers, report view, bands.

  /** Changes some filters, leaving the others as they are. */
  setFilter(change: Partial<ReportFilter>): void {
    this.setView({ filter: { ...this.state.view.filter, ...change } });
  }

  /** Every filter cleared, wherever it was set (the panel, the bands' "within", the timeline, the chart). */
  clearFilters(): void {
    this.setView({ filter: { ...NO_FILTER } });
  }

  setCamera(camera: Camera): void {
    this.setView({ camera });
  }

  select(id: string | undefined): void {
    if (id !== this.state.view.selected) this.setView({ selected: id });
  }

  /** The event whose popup is open; only the events view has events. */
  selectEvent(id: string | undefined): void {
    const event = this.state.view.view === "events" ? id : undefined;
    if (event !== this.state.view.event) this.setView({ event });
  }

  /** A layer group shown or hidden. */
  setLayerVisible(group: string, visible: boolean): void {
    const hidden = (this.state.view.hidden ?? []).filter((g) => g !== group);
    this.setView({ hidden: visible ? hidden : [...hidden, group] });
  }

  setReportView(view: string): void {
    this.setView({ view: view === "reports" ? undefined : view, event: view === "events" ? this.state.view.event : undefined });
  }

  setDensity(on: boolean): void {
    this.setView({ density: on || undefined });
  }

  setEventParams(params: { epsKm: number; epsHours: number; minPoints: number }): void {
    const old = this.state.view.eventParams;
    if (old && old.epsKm === params.epsKm && old.epsHours === params.epsHours && old.minPoints === params.minPoints) return;
    this.setView({ eventParams: { ...params } });
  }

  setBandDistances(km: readonly number[]): void {
    if ((this.state.view.bands ?? []).join(",") === km.join(",")) return;
    this.setView({ bands: [...km] });
  }

  /** A whole view from a link (opened, Back or Forward, a snapshot file), with what in it could not be used. */
  applyView(view: ViewState, notices: readonly string[]): void {
    // The basemap stays the page's: only the Layers panel moves to the other page (index.html asks no other server).
    this.update({ view: { ...view, filter: { ...NO_FILTER, ...view.filter }, basemap: this.state.view.basemap }, notices });
  }

  /** A sentence for the notice (a linked report that is not loaded, say), kept with the others. */
  addNotice(text: string): void {
    if (!this.state.notices.includes(text)) this.update({ notices: [...this.state.notices, text] });
  }

  /** The user has read the notices. */
  dismissNotices(): void {
    if (this.state.notices.length > 0) this.update({ notices: [] });
  }

  // The data and what is derived from it.

  setDataset(dataset: Dataset | null): void {
    this.update({ dataset });
  }

  /** The border facts measured for `reports`; ignored when other reports have been loaded since. */
  setFacts(reports: readonly ReportFeature[], result: { facts: BorderFacts } | { failed: string }): void {
    if (this.state.dataset?.reports !== reports) return;
    if ("facts" in result) this.update({ facts: result.facts, factsStatus: { state: "ready" } });
    else this.update({ facts: null, factsStatus: { state: "failed", message: result.failed } });
  }

  setBands(bands: BandsStatus): void {
    this.update({ bands });
  }

  setEvents(events: EventsStatus | null): void {
    this.update({ events });
  }

  // What the map and the list tell each other.

  setBounds(bounds: Bounds): void {
    this.update({ bounds });
  }

  setHovered(id: string | null): void {
    if (id !== this.state.hovered) this.update({ hovered: id });
  }

  setPlaying(playing: boolean): void {
    if (playing !== this.state.playing) this.update({ playing });
  }
}
