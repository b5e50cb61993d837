import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { eventReportFromFeature, eventsToGeoJson, groupEventColumns, eventColumns, summarizeEvent, groupEvents } from "../../src/core/events/events";
import { EVENT_CSV_COLUMNS, eventsToCsv, eventsWithReports } from "../../src/core/io/export-events";
import { parseReports } from "../../src/core/io/validate-reports";
import { readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const seed = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY }).reports;

describe("exporting events", () => {
  it("puts each report back in its event, as grouping the reports directly does", () => {
    const reports = seed.map(eventReportFromFeature);
    const { eventIndex, events } = groupEventColumns(eventColumns(reports));
    const again = eventsWithReports(events.map(summarizeEvent), reports.map((r) => r.id), eventIndex);
    expect(again).toEqual(groupEvents(reports).events);
  });

  it("writes one CSV row an event with the GeoJSON's properties, the centroid as latitude and longitude", () => {
    const { events } = groupEvents(seed.map(eventReportFromFeature));
    const geojson = eventsToGeoJson(events);
    const csv = Papa.parse<Record<string, string>>(eventsToCsv(events), { header: true, skipEmptyLines: true });
    expect(csv.meta.fields).toEqual([...EVENT_CSV_COLUMNS]);
    expect(new Set(EVENT_CSV_COLUMNS)).toEqual(new Set(["latitude", "longitude", ...Object.keys(geojson.features[0]!.properties!)]));
    csv.data.forEach((row, i) => {
      const f = geojson.features[i]!;
      expect(Number(row.latitude)).toBe(f.geometry.coordinates[1]);
      expect(Number(row.longitude)).toBe(f.geometry.coordinates[0]);
      expect(row.report_ids).toBe(f.properties!.report_ids);
      expect(row.killed_max).toBe(f.properties!.killed_max === null ? "" : String(f.properties!.killed_max));
    });
    expect(eventsToCsv([])).toBe(`${EVENT_CSV_COLUMNS.join(",")}\n`);
  });
});
