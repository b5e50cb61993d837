import type { FeatureCollection } from "geojson";
import type { EventSummary } from "../core/events/events";

/** The buffer bands: being computed, drawn (with the worker's time and the outlines) or failed. */
export type BandsStatus =
  | { state: "computing"; distancesKm: readonly number[] }
  | { state: "drawn"; distancesKm: readonly number[]; ms: number; bands: FeatureCollection }
  | { state: "failed"; distancesKm: readonly number[]; message: string };

/** The reports' distances, sides and positions along the border: not asked for (no reports), being measured, ready or failed. */
export type FactsStatus = { state: "none" } | { state: "measuring" } | { state: "ready" } | { state: "failed"; message: string };

/** The shown reports grouped into events (the events view): being grouped, grouped, or failed. */
export type EventsStatus =
  | { state: "computing"; reports: number }
  | {
      state: "drawn";
      reports: number;
      events: number;
      disagreeing: number;
      ms: number;
      largest: EventSummary[];
      /** Every event, and each grouped report's event (an index into `all`), for the map and the download. */
      all: readonly EventSummary[];
      reportIds: readonly string[];
      eventIndex: Int32Array;
    }
  | { state: "failed"; message: string };
