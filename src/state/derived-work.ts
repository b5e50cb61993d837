import { DEFAULT_BANDS_KM } from "../core/bands/band-distances";
import { DEFAULT_EVENT_PARAMS } from "../core/events/events";
import type { ReportFeature } from "../core/reports/report";
import { BorderBandsClient } from "../data/border-bands-client";
import { BorderDistanceClient } from "../data/border-distance-client";
import { EventsClient } from "../data/events-client";
import type { AppState, AppStore } from "./app-store";

/** How many of the largest events the panel lists (by highest killed figure, then reports). */
const LARGEST = 8;

/** The views that draw events' figures: the events view, and the clusters view's bubbles. */
const needsEvents = (s: AppState) => s.view.view === "events" || s.view.view === "clusters";

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The work the store's derived data needs, done in web workers: each
 * dataset's border facts (measured once, when it loads), the bands at the
 * distances the view asks for, and the events of the reports shown (events
 * and clusters views). The results go into the store with their readiness; the latest
 * request of each kind wins. `firstDraw` holds the work back until the first
 * reports are on screen (on two cores it would compete with drawing them).
 */
export class DerivedWork {
  private readonly distances = new BorderDistanceClient();
  private readonly bands = new BorderBandsClient();
  private readonly events = new EventsClient();
  private prev: AppState | null = null;
  private bandsRequest = 0;
  private eventsRequest = 0;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: AppStore,
    private readonly firstDraw: Promise<void>,
  ) {
    this.unsubscribe = store.subscribe(() => this.onChange());
    this.onChange();
  }

  private onChange(): void {
    const prev = this.prev;
    const next = this.store.getState();
    this.prev = next;
    if (next.dataset !== prev?.dataset) this.loadReports(next.dataset?.reports ?? []);
    const bandsKm = next.view.bands ?? DEFAULT_BANDS_KM;
    if (!prev || bandsKm.join(",") !== (prev.view.bands ?? DEFAULT_BANDS_KM).join(",")) this.computeBands(bandsKm);
    // The clusters view adds events' figures, not accounts', so it needs the events too.
    const grouped = needsEvents(next);
    if (grouped && (!prev || !needsEvents(prev) || next.shown !== prev.shown || next.view.eventParams !== prev.view.eventParams || next.dataset !== prev.dataset)) {
      void this.groupEvents(next);
    }
  }

  private loadReports(reports: readonly ReportFeature[]): void {
    this.events.load(reports);
    if (reports.length === 0) return;
    void this.firstDraw.then(async () => {
      if (this.store.getState().dataset?.reports !== reports) return;
      try {
        const { distancesM, alongKm, borderKm, sides } = await this.distances.measureMany(reports.map((r) => r.geometry.coordinates));
        this.store.setFacts(reports, { facts: { distancesM, alongKm, borderKm, sides: sides.map((s) => s ?? "none") } });
      } catch (error) {
        console.error("Could not measure the reports' distances to the border", error);
        this.store.setFacts(reports, { failed: messageOf(error) });
      }
    });
  }

  private computeBands(distancesKm: readonly number[]): void {
    const request = ++this.bandsRequest;
    this.store.setBands({ state: "computing", distancesKm });
    void this.firstDraw.then(async () => {
      if (request !== this.bandsRequest) return;
      try {
        const { bands, ms } = await this.bands.compute(distancesKm);
        if (request === this.bandsRequest) this.store.setBands({ state: "drawn", distancesKm, ms, bands });
      } catch (error) {
        if (request === this.bandsRequest) this.store.setBands({ state: "failed", distancesKm, message: messageOf(error) });
      }
    });
  }

  private async groupEvents(state: AppState): Promise<void> {
    const request = ++this.eventsRequest;
    const reports = state.dataset?.reports ?? [];
    const { mask, kept } = state.shown;
    // The worker's rows are the dataset's reports in their order: a report's row is its index.
    const ids: string[] = new Array(kept);
    const subset = kept === reports.length ? null : new Int32Array(kept);
    for (let i = 0, k = 0; i < reports.length; i++) {
      if (mask[i] !== 1) continue;
      ids[k] = reports[i]!.properties.id;
      if (subset) subset[k] = i;
      k++;
    }
    this.store.setEvents({ state: "computing", reports: ids.length });
    await this.firstDraw;
    if (request !== this.eventsRequest) return;
    try {
      const { events, eventIndex, ms } = await this.events.group(state.view.eventParams ?? DEFAULT_EVENT_PARAMS, subset);
      if (request !== this.eventsRequest) return;
      // For tests and profiles (User Timing): the worker's answer is in, the map is not yet redrawn.
      performance.mark("events-grouped", { detail: { events: events.length, ms } });
      // The answer's task ends here: the panels and the map take the events in a task of their own, so that
      // receiving 100,000 reports' events and drawing them are not one long stretch of the main thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (request !== this.eventsRequest) return;
      const largest = [...events].sort((a, b) => (b.killed?.max ?? -1) - (a.killed?.max ?? -1) || b.reports - a.reports).slice(0, LARGEST);
      this.store.setEvents({
        state: "drawn",
        reports: ids.length,
        events: events.length,
        disagreeing: events.filter((e) => e.disagree).length,
        ms,
        largest,
        all: events,
        reportIds: ids,
        eventIndex,
      });
    } catch (error) {
      if (request === this.eventsRequest) this.store.setEvents({ state: "failed", message: messageOf(error) });
    }
  }

  /** Resolves once no work the store waits for is running (a snapshot draws then). */
  settled(): Promise<void> {
    const busy = (s: AppState) => s.factsStatus.state === "measuring" || s.bands?.state === "computing" || (needsEvents(s) && s.events?.state === "computing");
    return new Promise((resolve) => {
      if (!busy(this.store.getState())) return resolve();
      const stop = this.store.subscribe(() => {
        if (busy(this.store.getState())) return;
        stop();
        resolve();
      });
    });
  }

  destroy(): void {
    this.unsubscribe();
    this.distances.destroy();
    this.bands.destroy();
    this.events.destroy();
  }
}
