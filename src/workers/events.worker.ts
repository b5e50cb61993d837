/// <reference lib="webworker" />
import { eventColumnsFromRows, groupEventColumns, summarizeEvent, type EventRows, type EventSummary } from "../core/events/events";
import type { DbscanParams } from "../core/events/space-time-dbscan";

/**
 * A thin shell over the core: keeps the reports it was sent (as rows) and
 * groups any subset of them into events, off the page's thread.
 */
export type EventsRequest = { id: number } & ({ rows: EventRows } | { params: DbscanParams; subset: Int32Array | null });

export interface EventsResult {
  /** Each grouped report's event (an index into `events`), in the order of the subset (or of all rows). */
  eventIndex: Int32Array;
  events: EventSummary[];
  ms: number;
}

let rows: EventRows | null = null;

self.onmessage = (event: MessageEvent<EventsRequest>) => {
  const { id } = event.data;
  try {
    if ("rows" in event.data) {
      rows = event.data.rows;
      self.postMessage({ id, result: { loaded: rows.ids.length } });
      return;
    }
    if (!rows) throw new Error("no reports to group yet");
    const start = performance.now();
    const columns = eventColumnsFromRows(rows, event.data.subset ?? undefined);
    const { eventIndex, events } = groupEventColumns(columns, event.data.params);
    const result: EventsResult = { eventIndex, events: events.map(summarizeEvent), ms: performance.now() - start };
    self.postMessage({ id, result }, [eventIndex.buffer]);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
