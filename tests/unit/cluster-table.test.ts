import { describe, expect, it } from "vitest";
import { clusterTable } from "../../src/core/io/cluster-table";
import { DEFAULT_EVENT_PARAMS } from "../../src/core/events/events";
import { readPointTable } from "../../src/core/io/point-table";

const SPACE_ONLY = { ...DEFAULT_EVENT_PARAMS, epsHours: Number.POSITIVE_INFINITY };
// Spin Boldak and Chaman (11 km apart), and Parachinar (400 km away).
const table = (rows: string) => readPointTable(`id,event_date,latitude,longitude\n${rows}`, "rows.csv");

describe("a table grouped into events", () => {
  it("gives rows that cannot be grouped no event, numbers the others' events in input order, and lists the problems", () => {
    const result = clusterTable(table("a,2025-10-15,,66.40001\nb,2025-10-15,31.00575,66.40001\nc,someday,30.91769,66.45259\nd,2025-10-16,30.91769,66.45259\n"));
    expect(result.columns).toEqual([{ event_id: null }, { event_id: "E1" }, { event_id: null }, { event_id: "E1" }]);
    expect(result.problems).toEqual([
      { number: 1, problem: "latitude is missing" },
      { number: 3, problem: 'event_date "someday" is not a calendar date written YYYY-MM-DD or DD Month YYYY' },
    ]);
    expect(result.events.features.map((f) => f.properties!.report_ids)).toEqual(["b;d"]);
  });

  it("in space only, dates an event by its dated rows alone, and not at all when none has a date", () => {
    const result = clusterTable(table("a,,31.00575,66.40001\nb,2025-10-20,30.91769,66.45259\nc,2025-10-15,31.00575,66.40001\nd,,33.89968,70.10012\n"), SPACE_ONLY);
    expect(result.problems).toEqual([]);
    const dates = result.events.features.map((f) => [f.properties!.report_ids, f.properties!.first_date, f.properties!.last_date]);
    expect(dates).toEqual([
      ["a;b;c", "2025-10-15", "2025-10-20"],
      ["d", null, null],
    ]);
  });

  it("gives an empty collection of events when no row can be grouped", () => {
    const result = clusterTable(table("a,,31,66\n"));
    expect(result.columns).toEqual([{ event_id: null }]);
    expect(result.events).toEqual({ type: "FeatureCollection", features: [] });
  });
});
