import { describe, expect, it } from "vitest";
import { filterCounts, filterOptions, NO_FILTER, reportDaySpan, reportMatches, type ReportFilter } from "../../src/core/view/report-filter";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";
import { parseReports } from "../../src/core/io/validate-reports";
import { readRepoText } from "../support/read-json";
import { line } from "../support/project-border";
import { seededRandom } from "../support/seeded-random";
import { TODAY } from "../support/today";

const seed = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY }).reports.map((r) => r.properties);
const ids = (f: ReportFilter) => seed.filter((p) => reportMatches(f, p)).map((p) => p.id);

describe("the explore filters on the seed reports", () => {
  it("keep everything when no filter is set", () => {
    expect(ids(NO_FILTER)).toHaveLength(seed.length);
  });

  it("keep a report known to the week when its week touches the period", () => {
    // 2025-11-06 to the week: 2025-11-03..2025-11-09. A period of 2025-11-08 alone keeps it, and not the day-precise reports of 2025-11-06.
    const f = { ...NO_FILTER, dateFrom: "2025-11-08", dateTo: "2025-11-08" };
    const expected = seed.filter((p) => p.event_date === "2025-11-06" && p.time_precision === 2).map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(f).sort()).toEqual(expected.sort());
    expect(reportDaySpan({ event_date: "2025-11-06", time_precision: 2 })).toEqual(["2025-11-03", "2025-11-09"]);
    expect(reportDaySpan({ event_date: "2025-11-06", time_precision: 3 })).toEqual(["2025-11-01", "2025-11-30"]);
  });

  it("keep reports by type, figures, source and precision", () => {
    expect(ids({ ...NO_FILTER, subEventTypes: ["Armed clash"] })).toEqual(seed.filter((p) => p.sub_event_type === "Armed clash").map((p) => p.id));
    expect(ids({ ...NO_FILTER, killedAtLeast: 12 })).toEqual(seed.filter((p) => (p.killed ?? -1) >= 12).map((p) => p.id));
    expect(ids({ ...NO_FILTER, injuredAtLeast: 0 })).toEqual(seed.filter((p) => p.injured !== null).map((p) => p.id));
    expect(ids({ ...NO_FILTER, geoPrecisions: [3], timePrecisions: [1] })).toEqual(seed.filter((p) => p.geo_precision === 3 && p.time_precision === 1).map((p) => p.id));
    const source = seed[0]!.source;
    expect(ids({ ...NO_FILTER, sources: [source] })).toEqual(seed.filter((p) => p.source === source).map((p) => p.id));
  });

  it("keep a band of distance from the border, ends included, either end open, and no unmeasured report", () => {
    // A place known exactly (accuracy 0): its range is its distance, and both modes read it alike.
    const p = { ...seed[0]!, accuracy_m: 0 };
    const at = (km: number | undefined) => ({ distanceM: km === undefined ? undefined : km * 1000 });
    const band = { ...NO_FILTER, distanceFromKm: 5, distanceToKm: 10 };
    expect([4.999, 5, 7.5, 10, 10.001].map((km) => reportMatches(band, p, at(km)))).toEqual([false, true, true, true, false]);
    expect(reportMatches(band, p, at(undefined))).toBe(false);
    expect(reportMatches({ ...NO_FILTER, distanceFromKm: 50 }, p, at(400))).toBe(true);
    expect(reportMatches({ ...NO_FILTER, distanceToKm: 2 }, p, at(2.5))).toBe(false);
    expect(reportMatches({ ...NO_FILTER, distanceToKm: 0 }, p, at(0))).toBe(true);
  });

  it("keep by side only once the side is known", () => {
    const f = { ...NO_FILTER, sides: ["AF"] };
    expect(reportMatches(f, seed[0]!, {})).toBe(false);
    expect(reportMatches(f, seed[0]!, { side: "AF" })).toBe(true);
    expect(reportMatches(f, seed[0]!, { side: "PK" })).toBe(false);
  });
});

describe("filter counts", () => {
  const reports = syntheticReports(3_000, { anchors: line, seed: 12 }).features.map((f) => f.properties);
  const random = seededRandom(13);
  const sideOf = (id: string) => ["AF", "PK", "none"][id.length % 3]!;
  // Seeded distances, one in ten unmeasured.
  const distances = new Map(reports.map((p) => [p.id, random() < 0.1 ? undefined : random() * 60_000]));
  const distanceOf = (id: string) => distances.get(id);

  it("count what every filter keeps together, and what each keeps alone, as reportMatches says", () => {
    for (let k = 0; k < 20; k++) {
      const f: ReportFilter = {
        ...NO_FILTER,
        dateFrom: random() < 0.5 ? `2024-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-01` : null,
        dateTo: random() < 0.5 ? `2025-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-15` : null,
        subEventTypes: random() < 0.4 ? ["Armed clash"] : null,
        killedAtLeast: random() < 0.4 ? Math.floor(random() * 10) : null,
        sides: random() < 0.3 ? ["PK"] : null,
        distanceFromKm: random() < 0.3 ? Math.floor(random() * 20) : null,
        distanceToKm: random() < 0.3 ? 10 + Math.floor(random() * 40) : null,
        timePrecisions: random() < 0.3 ? [1, 2] : null,
      };
      const facts = (p: { id: string }) => ({ side: sideOf(p.id), distanceM: distanceOf(p.id) });
      const counts = filterCounts(f, reports, facts);
      expect(counts.kept).toBe(reports.filter((p) => reportMatches(f, p, facts(p))).length);
      expect(counts.byFilter.killedAtLeast).toBe(reports.filter((p) => reportMatches({ ...NO_FILTER, killedAtLeast: f.killedAtLeast }, p)).length);
      expect(counts.byFilter.sides).toBe(reports.filter((p) => reportMatches({ ...NO_FILTER, sides: f.sides }, p, facts(p))).length);
      expect(counts.byFilter.dateFrom).toBe(reports.filter((p) => reportMatches({ ...NO_FILTER, dateFrom: f.dateFrom, dateTo: f.dateTo }, p)).length);
      expect(counts.total).toBe(reports.length);
      // The day spans handed in (as the app computes them once per dataset) change nothing.
      expect(counts.byFilter.distanceFromKm).toBe(
        reports.filter((p) => reportMatches({ ...NO_FILTER, distanceFromKm: f.distanceFromKm, distanceToKm: f.distanceToKm }, p, facts(p))).length,
      );
      const withDays = filterCounts(f, reports, (p) => ({ ...facts(p), days: reportDaySpan(p) }));
      expect(withDays).toEqual(counts);
    }
  });

  it("offer each value present with its number of reports, most first", () => {
    const options = filterOptions(seed, (p) => p.sub_event_type);
    expect(options.reduce((n, o) => n + o.count, 0)).toBe(seed.length);
    expect(options.map((o) => o.count)).toEqual([...options.map((o) => o.count)].sort((a, b) => b - a));
  });
});
