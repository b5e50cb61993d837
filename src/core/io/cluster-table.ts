import type { FeatureCollection, Point } from "geojson";
import { DEFAULT_EVENT_PARAMS, eventsToGeoJson, groupEvents, type EventReport } from "../events/events";
import { eventRowsFromTable } from "./event-rows";
import type { PointTable } from "./point-table";
import type { DbscanParams } from "../events/space-time-dbscan";

/** What the `cluster` command gives for a table. */
export interface ClusteredTable {
  /** The `event_id` of each row, in input order; null where the row could not be grouped. */
  columns: { event_id: string | null }[];
  /** Rows that could not be grouped: 1-based row or feature number, and why (every bad field). */
  problems: { number: number; problem: string }[];
  /** The events as centroid points (`eventsToGeoJson`). */
  events: FeatureCollection<Point>;
}

/**
 * Groups a table's rows into events (`groupEvents`). Rows that cannot be
 * grouped take no part and get no event; the others are numbered E1, E2, …
 * in the order of each event's first row.
 */
export function clusterTable(table: PointTable, params: DbscanParams = DEFAULT_EVENT_PARAMS): ClusteredTable {
  const rows = eventRowsFromTable(table, { timed: Number.isFinite(params.epsHours) });
  const reports: EventReport[] = [];
  const rowOf: number[] = [];
  const problems: ClusteredTable["problems"] = [];
  rows.forEach((row, i) => {
    if (row.report) {
      reports.push(row.report);
      rowOf.push(i);
    } else if (row.problems.length > 0) {
      // (A row that is no data, HDX's HXL tags, has no problem: it is kept as it is, with no event.)
      problems.push({ number: table.rows[i]!.number, problem: row.problems.join("; ") });
    }
  });
  const { eventOf, events } = groupEvents(reports, params);
  const columns: ClusteredTable["columns"] = rows.map(() => ({ event_id: null }));
  eventOf.forEach((id, k) => (columns[rowOf[k]!]!.event_id = id));
  return { columns, problems, events: eventsToGeoJson(events) };
}
