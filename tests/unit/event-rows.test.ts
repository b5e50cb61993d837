import { describe, expect, it } from "vitest";
import { eventRowsFromTable, readEventDate } from "../../src/core/io/event-rows";
import { eventReportFromFeature, eventRows } from "../../src/core/events/events";
import { readPointTable } from "../../src/core/io/point-table";
import { parseReports } from "../../src/core/io/validate-reports";
import { readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const timed = { timed: true };
const untimed = { timed: false };
const csv = (text: string, options = timed) => eventRowsFromTable(readPointTable(text, "rows.csv"), options);

describe("event dates", () => {
  it.each([
    ["2025-10-15", "2025-10-15"],
    ["15 October 2025", "2025-10-15"],
    ["01-January-2015", "2015-01-01"],
    ["5 october 2025", "2025-10-05"],
    [" 06 NOVEMBER 2025 ", "2025-11-06"],
    ["29 February 2024", "2024-02-29"],
  ])("read %j as %s", (text, iso) => {
    expect(readEventDate(text)).toBe(iso);
  });

  it.each(["32 October 2025", "29 February 2025", "15 Oct 2025", "15 Octember 2025", "2025-13-01", "15/10/2025", "", 20251015, null])(
    "find no day in %j",
    (value) => {
      expect(readEventDate(value)).toBeNull();
    },
  );
});

describe("rows of a table as reports to group", () => {
  it("read the seed GeoJSON reports as the map's own reading of them does", () => {
    const text = readRepoText("geodata/reports.geojson");
    const rows = eventRowsFromTable(readPointTable(text, "reports.geojson"), timed);
    expect(rows.flatMap((r) => r.problems)).toEqual([]);
    // The same rows to group: places, dates, sources, and every group's figures and sides.
    const fromTable = eventRows(rows.map((r) => r.report!));
    const fromMap = eventRows(parseReports(text, { today: TODAY }).reports.map(eventReportFromFeature));
    expect(fromTable).toEqual(fromMap);
    expect(fromTable.casualties.sideNames).toEqual(["", "AF", "PK"]);
  });

  it("read an ACLED row: its id, fatalities as the killed figure, no injured figure, time precision as given", () => {
    const [row] = csv("event_id_cnty,event_date,time_precision,latitude,longitude,source,fatalities\nAFG1,15 October 2025,2,31,66.4,Someone,7\n");
    expect(row).toEqual({
      report: {
        id: "AFG1",
        lon: 66.4,
        lat: 31,
        date: "2025-10-15",
        timePrecision: 2,
        source: "Someone",
        // ACLED's fatalities, of no stated group; no injured figure.
        casualties: { unstated_killed: 7 },
      },
      problems: [],
    });
  });

  it("take killed rather than fatalities where the table has a killed column, blank killed being no figure", () => {
    const rows = csv("id,event_date,latitude,longitude,fatalities,killed,killed_max,killed_at_least\na,2025-10-15,31,66,0,,,\nb,2025-10-15,31,66,15,15,20,true\n");
    expect(rows.map((r) => r.report?.casualties)).toEqual([{}, { unstated_killed: 15, unstated_killed_max: 20, unstated_killed_at_least: true }]);
  });

  it("read each group's figures and sides, and the total only where no group is given", () => {
    const rows = csv(
      "id,event_date,latitude,longitude,killed,civilians_killed,civilians_side,security_forces_killed,security_forces_killed_max,source_side,injured\n" +
        "a,2025-10-15,31,66,16,12,AF,4,5,PK,9\n",
    );
    expect(rows[0]!.report?.casualties).toEqual({
      civilians_killed: 12,
      civilians_side: "AF",
      security_forces_killed: 4,
      security_forces_killed_max: 5,
      unstated_injured: 9,
      source_side: "PK",
    });
  });

  it("take time precision 1 where there is no such column, match column names whatever their case, and number rows without an id", () => {
    const [row] = csv("EVENT_DATE,Latitude,Longitude\n2025-10-15,31,66\n");
    expect(row!.report).toMatchObject({ id: "row 1", date: "2025-10-15", timePrecision: 1 });
  });

  it("name every bad field of a row, its position's too, and give it no report; a good row beside them is read", () => {
    const rows = csv(
      "event_date,time_precision,latitude,longitude,killed,killed_max,injured,injured_at_least,fatalities\n" +
        "2025-10-15,4,31,66,5,3,x,maybe,0\n" +
        ",,,66,,,,,\n" +
        "2025-10-15,1,31,66,,,,,three\n",
    );
    expect(rows.map((r) => r.report === null)).toEqual([true, true, false]);
    expect(rows[0]!.problems).toEqual([
      'time_precision "4" is not 1 (day), 2 (week) or 3 (month)',
      "killed_max 3 is below killed 5",
      'injured "x" is not a whole number of 0 or more',
      'injured_at_least "maybe" is not true or false',
    ]);
    expect(rows[1]!.problems).toEqual([
      "latitude is missing",
      "event_date is missing, so the row cannot be placed in time",
      'time_precision "" is not 1 (day), 2 (week) or 3 (month)',
    ]);
    // killed is there (blank), so fatalities is not read at all.
    expect(rows[2]!.problems).toEqual([]);
    expect(rows[2]!.report!.casualties).toEqual({});
  });

  it("read fatalities only without a killed column, and name a bad one", () => {
    const [row] = csv("event_date,latitude,longitude,fatalities\n2025-10-15,31,66,three\n");
    expect(row!.problems).toEqual(['fatalities "three" is not a whole number of 0 or more']);
  });

  it("need no date and no time precision when grouping by place alone", () => {
    const rows = csv("id,event_date,time_precision,latitude,longitude\na,,5,31,66\nb,32 October 2025,x,31,66\nc,2025-10-15,3,31,66\n", untimed);
    expect(rows.map((r) => r.problems)).toEqual([[], [], []]);
    expect(rows.map((r) => [r.report!.date, r.report!.timePrecision])).toEqual([
      [null, 1],
      [null, 1],
      ["2025-10-15", 3],
    ]);
  });

  it("take a GeoJSON feature's id where its properties have none, and say why a feature has no position", () => {
    const text = JSON.stringify({
      type: "FeatureCollection",
      features: [
        { type: "Feature", id: 42, geometry: { type: "Point", coordinates: [66, 31] }, properties: { event_date: "2025-10-15" } },
        { type: "Feature", geometry: null, properties: { event_date: "2025-10-15" } },
        { type: "Feature", geometry: { type: "Point", coordinates: [66, 31] }, properties: null },
      ],
    });
    const rows = eventRowsFromTable(readPointTable(text, "x.geojson"), timed);
    expect(rows[0]!.report).toMatchObject({ id: "42", timePrecision: 1 });
    expect(rows[0]!.report!.casualties).toEqual({});
    expect(rows[1]!.problems).toEqual(["geometry is missing, not a Point"]);
    expect(rows[2]!.problems).toEqual(["event_date is missing, so the row cannot be placed in time"]);
  });
});
