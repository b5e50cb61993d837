import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppStore } from "../../src/state/app-store";
import { snapshotCaptionOf, snapshotHeadingsOf } from "../../src/state/snapshot-content";
import { snapshotCaption } from "../../src/core/snapshot/snapshot-caption";
import { parseReports } from "../../src/core/io/validate-reports";
import { NO_FILTER } from "../../src/core/view/report-filter";
import { describeFilter } from "../../src/core/view/describe-filter";
import { countInView, type Bounds } from "../../src/core/view/report-list";
import { TODAY } from "../support/today";

/** The picture's words from the page's store, with the seed reports: what the store shows is what the words count. */

const seed = parseReports(readFileSync("geodata/reports.geojson", "utf8"), { today: TODAY }).reports;
const madeAt = new Date(Date.UTC(2026, 0, 2, 3, 4));
const LINK = "https://example.org/#map=8/31/66.5&killed=1";
/** Words about the app's screen, which mean nothing on paper. */
const UI_WORDS = /\b(panel|panels|button|tab|click|layer|layers|toggle|checkbox|slider|chart|loaded|selection)\b/i;

function seedStore(): AppStore {
  const store = new AppStore({ filter: NO_FILTER });
  store.setDataset({ name: "the project's seed reports", reports: seed, issues: [] });
  return store;
}

const wordsOf = (store: AppStore, bounds?: Bounds) => snapshotCaption({ ...snapshotCaptionOf(store.getState(), LINK, bounds), attribution: "Natural Earth", madeAt });
const lineOf = (n: number) => n.toLocaleString("en");

describe("a picture's words from the store's state", () => {
  it("count the reports the store shows, of all it holds, and name the filters, in words with no part of the app's screen", () => {
    const store = seedStore();
    store.setFilter({ killedAtLeast: 1 });
    const { shown } = store.getState();
    expect(shown.kept).toBeGreaterThan(0);
    expect(shown.kept).toBeLessThan(seed.length);
    const text = wordsOf(store);
    expect(text.caption).toContain(`${lineOf(shown.kept)} of the ${lineOf(seed.length)} reports`);
    for (const phrase of describeFilter({ ...NO_FILTER, killedAtLeast: 1 })) expect(text.caption).toContain(phrase);
    expect(text.made).toContain(LINK);
    for (const words of [text.title, text.subtitle, text.caption, text.credits, text.made]) expect(words).not.toMatch(UI_WORDS);
  });

  it("name the distance bands when their layer is on, and not when it is off", () => {
    const store = seedStore();
    store.setBandDistances([5, 20]);
    expect(wordsOf(store).caption).toContain("5 and 20 km from the Durand Line");
    store.setLayerVisible("bands", false);
    expect(wordsOf(store).caption).not.toMatch(/km from the Durand Line/);
  });

  it("count the reports in the picture's own area when it is given (a page larger than the screen)", () => {
    const store = seedStore();
    const bounds: Bounds = [66.0, 30.5, 66.6, 31.2];
    const inside = countInView(seed, store.getState().shown.mask, bounds);
    expect(inside).toBeGreaterThan(0);
    expect(inside).toBeLessThan(seed.length);
    expect(wordsOf(store, bounds).caption).toContain(`${lineOf(inside)} of them lie within the area of this map.`);
  });

  it("give the panel's default title and subtitle: the picture's words when the fields are left as they are", () => {
    const store = seedStore();
    store.setFilter({ dateFrom: "2025-10-20" });
    const headings = snapshotHeadingsOf(store.getState());
    expect(headings.subtitle).toContain("The project's seed reports");
    expect(headings.subtitle).toContain("20 October 2025");
    const text = wordsOf(store);
    expect([text.title, text.subtitle]).toEqual([headings.title, headings.subtitle]);
  });
});
