import { describe, expect, it } from "vitest";
import { describeFilter } from "../../src/core/view/describe-filter";
import { dayNumber } from "../../src/core/reports/report-time";
import { NO_FILTER } from "../../src/core/view/report-filter";
import { snapshotCaption, sourcesLine } from "../../src/core/snapshot/snapshot-caption";
import { readableDay, SYNTHETIC_WARNING } from "../../src/core/snapshot/snapshot-headings";

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

/** Words about the app itself, which mean nothing on paper. */
const UI_WORDS = /\b(panel|panels|button|tab|click|layer|layers|toggle|checkbox|slider|chart|filters?:|loaded|selection|app)\b/i;

describe("snapshotCaption", () => {
  it("says how many of how many reports, which, their period, the credits, the sources, the time and the link", () => {
    const c = snapshotCaption({ ...base, filter: { ...NO_FILTER, killedAtLeast: 4 } });
    expect(c.caption).toContain(`${shown.length} of the ${base.total} reports in the seed data`);
    expect(c.caption).toContain(describeFilter({ ...NO_FILTER, killedAtLeast: 4 })[0]);
    expect(c.caption).toContain("15 October 2025 to 17 October 2025");
    expect(c.credits).toContain(base.attribution);
    expect(sourcesLine(c.sources)).toBe("Reports: the seed data; by source: Dawn (2), TOLOnews (1).");
    expect(sourcesLine(c.sources, 1)).toBe("Reports: the seed data; by source: Dawn (2) and 1 more.");
    expect(sourcesLine(c.sources, 0)).toBe("Reports: the seed data; by source: 2 sources.");
    expect(c.made).toContain("2026-11-27 04:05 UTC");
    expect(c.made).toContain(base.link);
    for (const words of [c.title, c.subtitle, c.caption, c.credits, c.made]) expect(words).not.toMatch(UI_WORDS);
  });

  it("takes the period from the filter's dates when they are set, and says when every report is shown", () => {
    const dated = snapshotCaption({ ...base, filter: { ...NO_FILTER, dateFrom: "2025-10-16" } });
    expect(dated.caption).toContain("from 16 October 2025");
    expect(dated.caption).not.toContain("15 October 2025");
    expect(dated.subtitle).toContain("from 16 October 2025");
    const all = snapshotCaption({ ...base, total: shown.length });
    expect(all.caption).toMatch(new RegExp(`^All the ${shown.length} reports in the seed data\\.`));
    const none = snapshotCaption({ ...base, shown: [] });
    expect(none.caption).toMatch(/^0 of the 12 reports/);
    expect(sourcesLine(none.sources)).toBe("Reports: the seed data; by source: none shown.");
  });

  it("names the distance bands when they are drawn, and no bands when they are not", () => {
    expect(snapshotCaption({ ...base, bandsKm: [5, 10, 25] }).caption).toContain("5, 10 and 25 km from the Durand Line");
    expect(snapshotCaption({ ...base, bandsKm: null }).caption).not.toContain("band");
  });

  it("uses the user's title and subtitle, the defaults when they are empty, and always warns of synthetic reports", () => {
    const own = snapshotCaption({ ...base, title: "  Shelling near Chaman ", subtitle: "October 2025" });
    expect([own.title, own.subtitle]).toEqual(["Shelling near Chaman", "October 2025"]);
    const emptied = snapshotCaption({ ...base, title: " ", subtitle: "" });
    const defaults = snapshotCaption(base);
    expect([emptied.title, emptied.subtitle]).toEqual([defaults.title, defaults.subtitle]);
    expect(defaults.title).toContain("Afghanistan–Pakistan border");
    expect(defaults.subtitle).toContain("The seed data");
    const withSynthetic = { ...base, shown: [...shown, { event_date: "2025-01-01", source: "Synthetic source 1", synthetic: true }] };
    expect(snapshotCaption(withSynthetic).title).toContain(SYNTHETIC_WARNING);
    expect(snapshotCaption({ ...withSynthetic, title: "My map" }).title).toBe(`My map: ${SYNTHETIC_WARNING}`);
    expect(snapshotCaption(withSynthetic).caption).toContain(SYNTHETIC_WARNING);
  });
});

describe("readableDay", () => {
  it("writes a day as a reader says it", () => {
    expect(readableDay("2025-03-04")).toBe("4 March 2025");
    expect(readableDay("2025-12-31")).toBe("31 December 2025");
    expect(readableDay("not a day")).toBe("not a day");
  });
});

describe("the distance band and the chart's selection in words", () => {
  it("words them as the other filters, the band once whichever panel set it", () => {
    expect(describeFilter({ ...NO_FILTER, distanceToKm: 5, along: { kmFrom: 1000.4, kmTo: 1300, dayFrom: dayNumber("2025-10-01"), dayTo: null } })).toEqual([
      "possibly within 5 km of the Durand Line",
      "km 1000–1300 along the border from the Iran tripoint, 2025-10-01 to …",
    ]);
  });
});

describe("the picture's share of the reports", () => {
  it("says how many of the reports shown are in the picture, and when the reports are not drawn", () => {
    expect(snapshotCaption({ ...base, inPicture: 1 }).caption).toContain("1 of them lie within the area of this map.");
    expect(snapshotCaption({ ...base, inPicture: 3 }).caption).not.toContain("within the area");
    expect(snapshotCaption({ ...base, inPicture: 3, reportsHidden: true }).caption).toContain("The reports are not drawn on this map.");
  });
});
