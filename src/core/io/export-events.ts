import Papa from "papaparse";
import type { EventSummary, ReportEvent } from "../events/events";
import { eventsToGeoJson, GROUP_EVENT_COLUMNS } from "../events/events";
import { neutralizeCell } from "./export-reports";

/**
 * The events as grouped (summaries, and each report's event as an index into
 * them) with their reports' ids again, in the order the reports were grouped.
 */
export function eventsWithReports(events: readonly EventSummary[], reportIds: readonly string[], eventIndex: ArrayLike<number>): ReportEvent[] {
  const ids: string[][] = events.map(() => []);
  for (let i = 0; i < reportIds.length; i++) ids[eventIndex[i]!]?.push(reportIds[i]!);
  return events.map(({ reports: _count, ...event }, i) => ({ ...event, reportIds: ids[i]! }));
}

/** The events' CSV columns: the GeoJSON's properties, with the centroid after the id. */
export const EVENT_CSV_COLUMNS = [
  "event_id",
  "latitude",
  "longitude",
  "reports",
  "report_ids",
  "first_date",
  "last_date",
  "sources",
  "killed_min",
  "killed_max",
  "killed_at_least",
  "injured_min",
  "injured_max",
  "injured_at_least",
  ...GROUP_EVENT_COLUMNS,
  "casualties_by_group",
  "sources_disagree",
  "extent_west",
  "extent_south",
  "extent_east",
  "extent_north",
] as const;

/**
 * Events as CSV, one row an event, with the columns of `eventsToGeoJson`'s
 * properties and the centroid as `latitude` and `longitude` (so that GIS
 * tools place them as ACLED's rows are placed). Text cells a spreadsheet would
 * run are neutralised.
 */
export function eventsToCsv(events: readonly ReportEvent[]): string {
  const features = eventsToGeoJson(events).features;
  const columns = EVENT_CSV_COLUMNS;
  const data = features.map((f) => {
    const p = { ...f.properties, latitude: f.geometry.coordinates[1], longitude: f.geometry.coordinates[0] } as Record<string, unknown>;
    return columns.map((c) => {
      const v = p[c];
      return typeof v === "string" ? neutralizeCell(v) : v === null || v === undefined ? "" : v;
    });
  });
  return Papa.unparse({ fields: [...columns], data }, { newline: "\n" }).replace(/\n*$/, "\n");
}
