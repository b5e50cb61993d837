import { describe, expect, it } from "vitest";
import { describeFilter } from "../../src/core/view/describe-filter";
import { dayNumber } from "../../src/core/reports/report-time";
import { NO_FILTER } from "../../src/core/view/report-filter";
import { snapshotCaption, sourcesLine } from "../../src/core/snapshot/snapshot-caption";

const shown = [
  { event_date: "2025-10-15", source: "Dawn" },
  { event_date: "2025-10-17", source: "TOLOnews" },
  { event_date: "2025-10-16", source: "Dawn" },
];
const base = { shown, total: 12, filter: NO_FILTER, datasetName: "the seed data", attribution: "Natural Earth (public domain)", madeAt: new Date(Date.UTC(2026, 10, 27, 4, 5, 59)), link: "https://example.org/#killed=4" };

describe("describeFilter", () => {
  it("says nothing for no filter", () => {
    expect(describeFilter(NO_FILTER)).toEqual([]);
  });

  it("puts each filter in words, in the panel's order", () => {
    expect(
      describeFilter({
        ...NO_FILTER,
        dateFrom: "2025-10-15",
        dateTo: "2025-10-31",
        subEventTypes: ["Armed clash", "Air/drone strike"],
        killedAtLeast: 4,
        injuredAtLeast: 0,
        sources: ["Dawn"],
        sides: ["AF", "PK", "none"],
        distanceToKm: 10,
        timePrecisions: [1],
      }),
    ).toEqual([
      "from 2025-10-15 to 2025-10-31",
      "sub-event type Armed clash or Air/drone strike",
      "at least 4 killed",
      "at least 0 injured",
      "source Dawn",
      "in Afghanistan, Pakistan or neither country",
      "possibly within 10 km of the Durand Line",
      "date precision 1: day known",
    ]);
  });

  it("names open date and distance ranges by their one end", () => {
    expect(describeFilter({ ...NO_FILTER, dateTo: "2025-11-01", distanceFromKm: 5 })).toEqual(["until 2025-11-01", "possibly at least 5 km from the Durand Line"]);
    expect(describeFilter({ ...NO_FILTER, dateFrom: "2025-11-01", distanceFromKm: 5, distanceToKm: 25 })).toEqual(["from 2025-11-01", "possibly 5–25 km from the Durand Line"]);
    expect(describeFilter({ ...NO_FILTER, distanceToKm: 5, distanceMode: "certainly" })).toEqual(["certainly within 5 km of the Durand Line"]);
  });
});

describe("snapshotCaption", () => {
  it("counts, dates, filters, credits, sources, time and link", () => {
    const c = snapshotCaption({ ...base, filter: { ...NO_FILTER, killedAtLeast: 4 } });
    expect(c.summary).toBe("3 of 12 reports shown, 2025-10-15 to 2025-10-17.");
    expect(c.filters).toBe("Filters: at least 4 killed.");
    expect(c.credits).toBe("Map: Natural Earth (public domain)");
    expect(sourcesLine(c.sources)).toBe("Reports from the seed data, by source: Dawn (2), TOLOnews (1).");
    expect(sourcesLine(c.sources, 1)).toBe("Reports from the seed data, by source: Dawn (2) and 1 more.");
    expect(sourcesLine(c.sources, 0)).toBe("Reports from the seed data, by source: 2 sources.");
    expect(c.made).toBe("Made 2026-11-27 04:05 UTC · https://example.org/#killed=4");
  });

  it("leaves the dates to the filter when it sets them, and says when nothing is filtered or shown", () => {
    const dated = snapshotCaption({ ...base, filter: { ...NO_FILTER, dateFrom: "2025-10-16" } });
    expect(dated.summary).toBe("3 of 12 reports shown.");
    expect(dated.filters).toBe("Filters: from 2025-10-16.");
    const none = snapshotCaption({ ...base, shown: [] });
    expect(none.filters).toBe("Filters: none; every report loaded is shown.");
    expect(sourcesLine(none.sources)).toBe("Reports from the seed data, by source: none shown.");
  });

  it("says in the title when any report shown is synthetic", () => {
    expect(snapshotCaption(base).title).toBe("Afghanistan–Pakistan border incidents");
    expect(snapshotCaption({ ...base, shown: [...shown, { event_date: "2025-01-01", source: "Synthetic source 1", synthetic: true }] }).title).toMatch(/SYNTHETIC test data, not real incidents$/);
  });
});

describe("the distance band and the chart's selection in words", () => {
  it("words them as the other filters, the band once whichever panel set it", () => {
    expect(describeFilter({ ...NO_FILTER, distanceToKm: 5, along: { kmFrom: 1000.4, kmTo: 1300, dayFrom: dayNumber("2025-10-01"), dayTo: null } })).toEqual([
      "possibly within 5 km of the Durand Line",
      "km 1000–1300 along the border from the Iran tripoint, 2025-10-01 to … (chart selection)",
    ]);
  });
});

describe("the summary of a snapshot", () => {
  it("says how many of the reports shown are in the picture, and when the reports' layer is off", () => {
    expect(snapshotCaption({ ...base, inPicture: 1 }).summary).toBe("3 of 12 reports shown, 2025-10-15 to 2025-10-17; 1 of them in this picture.");
    expect(snapshotCaption({ ...base, inPicture: 3 }).summary).toBe("3 of 12 reports shown, 2025-10-15 to 2025-10-17.");
    expect(snapshotCaption({ ...base, inPicture: 3, reportsHidden: true }).summary).toMatch(/; the reports' layer is off, so none is drawn\.$/);
  });
});
