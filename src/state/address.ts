import { decodeViewState, encodeViewState, type ViewChoices, type ViewState } from "../core/view/url-state";
import type { AppState, AppStore } from "./app-store";
import type { MapHandle } from "./map-handle";

/** The state without its camera, as a link writes it: a change here is worth a step back. */
const withoutCamera = (view: ViewState) => encodeViewState({ ...view, camera: undefined });

/** Changes this soon after a step replace it (typing a number): Back goes to a view that was looked at. */
const STEP_MS = 1_000;

/**
 * The page's address, kept in step with the store's view through the link
 * codec (`url-state.ts`): a move of the map replaces the address, any other
 * change adds a step that Back and Forward walk through, and they put that
 * view back in the store. Playback replaces the address frame after frame:
 * one step for the whole playback. A linked report or event is opened once
 * the reports (or the events) are there, and the notice says so when it is
 * not among them.
 */
export class AddressSync {
  private written: string;
  private lastStep = Number.NEGATIVE_INFINITY;
  private stepInPlayback = false;
  private prev: AppState;
  /** The report and event a link named, to open once their data is there. */
  private linked: { report?: string; event?: string } = {};
  private readonly unsubscribe: () => void;
  private readonly onPopState = () => this.apply(decodeViewState(window.location.hash, this.choices));

  constructor(
    private readonly store: AppStore,
    private readonly map: MapHandle,
    private readonly choices: ViewChoices,
  ) {
    this.prev = store.getState();
    this.linked = { report: this.prev.view.selected, event: this.prev.view.event };
    this.written = encodeViewState(this.prev.view);
    // A link with parts that could not be used: the address keeps only what applies (the notice says what was dropped).
    if (window.location.hash !== this.written) window.history.replaceState(null, "", this.url(this.written));
    this.unsubscribe = store.subscribe(() => this.onChange());
    window.addEventListener("popstate", this.onPopState);
    this.openLinked();
  }

  /** The address of a view (this page's, with the hash). */
  private url(hash: string): string {
    return `${window.location.pathname}${window.location.search}${hash}`;
  }

  private onChange(): void {
    const prev = this.prev;
    const next = this.store.getState();
    this.prev = next;
    if (!next.playing) this.stepInPlayback = false;
    if (next.view !== prev.view) this.write(prev.view, next);
    if (next.dataset !== prev.dataset || next.events !== prev.events) this.openLinked();
  }

  private write(before: ViewState, state: AppState): void {
    const hash = encodeViewState(state.view);
    if (hash === this.written) return;
    const now = performance.now();
    let step = withoutCamera(before) !== withoutCamera(state.view) && now - this.lastStep >= STEP_MS;
    if (state.playing) {
      // The first frame of a playback is one step; the rest replace it.
      step = !this.stepInPlayback;
      this.stepInPlayback = true;
    }
    if (step) {
      window.history.pushState(null, "", this.url(hash));
      this.lastStep = now;
    } else window.history.replaceState(null, "", this.url(hash));
    this.written = hash;
  }

  /** A view from a link: into the store, the camera to the map, its report and event opened once loaded. */
  private apply({ state, problems }: { state: ViewState; problems: string[] }): void {
    this.written = encodeViewState(state);
    this.store.applyView(state, problems);
    this.prev = this.store.getState();
    if (state.camera) {
      const camera = state.camera;
      this.map.run((m) => m.jumpTo(camera));
    }
    if (!state.selected) this.map.run((m) => m.openReport(null));
    this.linked = { report: state.selected, event: state.event };
    this.openLinked();
  }

  /** Opens a view as if its link had been followed (a snapshot file's): a new step in the history. */
  openLink(hash: string): void {
    window.history.pushState(null, "", this.url(`#${hash.replace(/^#/, "")}`));
    this.lastStep = performance.now();
    this.onPopState();
  }

  /** The linked report once the reports are loaded, the linked event once the events are grouped; or a notice that it is not there. */
  private openLinked(): void {
    const { dataset, events, view } = this.store.getState();
    const report = this.linked.report;
    if (report !== undefined && dataset) {
      this.linked.report = undefined;
      // After every listener has had this change (the map gets its reports in its own).
      if (dataset.reports.some((r) => r.properties.id === report)) queueMicrotask(() => this.map.run((m) => m.openReport(report)));
      else {
        this.store.select(undefined);
        this.store.addNotice(`"report=${shorten(report)}" not opened: no report has that id in ${dataset.name}`);
      }
    }
    const event = this.linked.event;
    if (event === undefined || !dataset) return;
    if (view.view !== "events") {
      this.linked.event = undefined;
      this.store.selectEvent(undefined);
      this.store.addNotice(`"event=${event}" not opened: events are shown only with view=events`);
      return;
    }
    if (events?.state !== "drawn") return;
    this.linked.event = undefined;
    if (events.all.some((e) => e.id === event)) queueMicrotask(() => this.map.run((m) => m.openEvent(event, false)));
    else {
      this.store.selectEvent(undefined);
      this.store.addNotice(`"event=${event}" not opened: the reports shown form ${events.events.toLocaleString("en")} events, and none has that id`);
    }
  }

  destroy(): void {
    this.unsubscribe();
    window.removeEventListener("popstate", this.onPopState);
  }
}

/** Text from a link, cut short for a message. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
