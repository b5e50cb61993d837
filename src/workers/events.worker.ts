/// <reference lib="webworker" />
import { groupEventColumns, type EventColumns, type ReportEvent } from "../core/events";
import type { DbscanParams } from "../core/space-time-dbscan";

/** A thin shell over the core: groups reports into events off the page's thread. */
export interface EventsRequest {
  id: number;
  columns: EventColumns;
  params: DbscanParams;
}

export interface EventsResult {
  /** Each report's event, an index into `events`. */
  eventIndex: Int32Array;
  events: ReportEvent[];
  ms: number;
}

self.onmessage = (event: MessageEvent<EventsRequest>) => {
  const { id, columns, params } = event.data;
  try {
    const start = performance.now();
    const { eventIndex, events } = groupEventColumns(columns, params);
    const result: EventsResult = { eventIndex, events, ms: performance.now() - start };
    self.postMessage({ id, result }, [eventIndex.buffer]);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
