import { parseBandDistances, parseWithinKm } from "../../src/core/bands/band-distances";
import { describe, expect, it } from "vitest";
import { NO_FILTER, type ReportFilter } from "../../src/core/view/report-filter";
import { decodeViewState, encodeViewState, LINK_PARTS, type ViewState } from "../../src/core/view/url-state";
import { seededRandom } from "../support/seeded-random";

const choices = { layerGroups: ["basemap", "bands", "durand", "kp", "places", "reports"], basemaps: ["offline", "osm"], views: ["reports", "clusters", "events"] };

describe("the view state in a link", () => {
  it("comes back the same from its own link, for seeded random states", () => {
    const random = seededRandom(61);
    const pick = <T,>(xs: readonly T[]) => xs.filter(() => random() < 0.5);
    const maybe = <T,>(x: T) => (random() < 0.5 ? x : null);
    for (let k = 0; k < 200; k++) {
      const filter: ReportFilter = {
        ...NO_FILTER,
        dateFrom: maybe(`2025-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-0${1 + Math.floor(random() * 9)}`),
        dateTo: maybe("2025-12-31"),
        eventTypes: maybe(["Battles", "Explosions/Remote violence"]),
        subEventTypes: maybe(["Shelling/artillery/missile attack"]),
        killedAtLeast: maybe(Math.floor(random() * 100)),
        injuredAtLeast: maybe(0),
        // Names with the separators a link uses: commas, ampersands, equals signs, slashes, non-Latin script.
        sources: maybe(["Pakistan Army (ISPR), via Dawn", "Zabihullah Mujahid & Taliban = X", "طلوع نیوز", "a/b#c%d"]),
        sides: maybe(pick(["AF", "PK", "none"]).length ? ["PK"] : ["AF", "none"]),
        distanceFromKm: maybe(Math.round(random() * 100) / 10),
        distanceToKm: maybe(10 + Math.floor(random() * 50)),
        distanceMode: random() < 0.5 ? "possibly" : "certainly",
        geoPrecisions: maybe([1, 3]),
        timePrecisions: maybe([2]),
        along: maybe({ kmFrom: Math.round(random() * 10_000) / 10, kmTo: 1_000 + Math.round(random() * 10_000) / 10, dayFrom: random() < 0.5 ? null : 20_000 + Math.floor(random() * 400), dayTo: random() < 0.5 ? null : 20_400 + Math.floor(random() * 400) }),
      };
      const state: ViewState = {
        camera: random() < 0.7 ? { lon: round(60 + random() * 15, 5), lat: round(25 + random() * 13, 5), zoom: round(random() * 18, 2), bearing: random() < 0.5 ? 0 : round(random() * 359, 1), pitch: random() < 0.5 ? 0 : round(random() * 60, 1) } : undefined,
        filter,
        selected: random() < 0.5 ? "2025-10-15-spin-boldak-mujahid" : undefined,
        event: random() < 0.3 ? `E${1 + Math.floor(random() * 5000)}` : undefined,
        hidden: random() < 0.5 ? pick(choices.layerGroups) : undefined,
        basemap: random() < 0.5 ? "osm" : undefined,
        view: random() < 0.5 ? "events" : undefined,
        bands: random() < 0.3 ? [1 + Math.floor(random() * 20), 30 + Math.floor(random() * 100)] : undefined,
        density: random() < 0.3 ? true : undefined,
        eventParams: random() < 0.3 ? { epsKm: Math.round(random() * 500) / 10, epsHours: random() < 0.3 ? Number.POSITIVE_INFINITY : Math.floor(random() * 200), minPoints: 1 + Math.floor(random() * 5) } : undefined,
      };
      const { state: back, problems } = decodeViewState(encodeViewState(state), choices);
      expect(problems).toEqual([]);
      const expected = { ...state, hidden: state.hidden?.length ? state.hidden : undefined };
      for (const key of Object.keys(expected) as (keyof ViewState)[]) if (expected[key] === undefined) delete expected[key];
      expect(back).toEqual(expected);
    }
  });

  it("ignores each part it cannot use, says why, and applies the rest", () => {
    const { state, problems } = decodeViewState(
      "#map=7/31/66.4&killed=five&from=2025-02-30&to=2025-11-30&hide=bands,nonsense&basemap=google&view=events&side=PK&km=-&evil=<script>&report=a&event=E<1>",
      choices,
    );
    expect(state.camera).toEqual({ zoom: 7, lat: 31, lon: 66.4, bearing: 0, pitch: 0 });
    expect(state.filter).toEqual({ ...NO_FILTER, dateTo: "2025-11-30", sides: ["PK"] });
    expect(state.view).toBe("events");
    expect(state.selected).toBe("a");
    expect(state.hidden).toBeUndefined();
    expect(state.basemap).toBeUndefined();
    expect(problems.map((p) => p.split(" ")[0])).toEqual(['"killed"', '"from"', '"hide"', '"basemap"', '"km"', '"evil"', '"event"']);
    expect(decodeViewState("#event=E12&view=events", choices).state).toMatchObject({ event: "E12", view: "events" });
    const more = decodeViewState("#within=0&bands=5,900&heat=2&events=15/soon/1&along=900-100//", choices);
    expect(more.problems).toEqual([
      `"within" ignored: ${messageOf(parseWithinKm("0"))}`,
      `"bands" ignored: ${messageOf(parseBandDistances("5,900"))}`,
      '"heat" ignored: expected 1',
      '"events" ignored: eps-hours must be a number of hours, or inf for space only, got "soon"',
      '"along" ignored: expected FROM-TO km along the border, then /first day/last day, either day empty',
    ]);
  });

  it("never throws on garbage, and rejects cameras out of range", () => {
    const random = seededRandom(62);
    const alphabet = "#&=,/%-.0123456789abcdefmapkilledfromtohidesrc<>\"'\u0600\u{1F600}";
    for (let k = 0; k < 2_000; k++) {
      let text = "";
      const n = Math.floor(random() * 60);
      for (let i = 0; i < n; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(() => decodeViewState(text, choices)).not.toThrow();
    }
    for (const bad of ["map=99/31/66", "map=7/95/66", "map=7/31/200", "map=7/31", "map=7/31/66/0/90", "map=1e3/1/1"]) {
      const { state, problems } = decodeViewState(`#${bad}`, choices);
      expect(state.camera, bad).toBeUndefined();
      expect(problems, bad).toHaveLength(1);
    }
  });

  it("reads a link of the time when 'within N km' was a filter of its own as the one distance filter, and writes it so", () => {
    const { state, problems } = decodeViewState("#within=5&killed=1", choices);
    expect(problems).toEqual([]);
    expect(state.filter).toEqual({ ...NO_FILTER, distanceToKm: 5, killedAtLeast: 1 });
    expect(encodeViewState(state)).toBe("#killed=1&km=-5");
    // Both given: the narrower far end.
    expect(decodeViewState("#km=2-30&within=10", choices).state.filter).toMatchObject({ distanceFromKm: 2, distanceToKm: 10 });
    expect(decodeViewState("#km=30-2", choices).problems).toEqual(['"km" ignored: the first distance is greater than the second']);
  });

  it("carries the distance band's mode, and reads a link made before the mode existed as the default, possibly", () => {
    // Links of before: no mode. They open with "possibly" (every report they kept, and those whose range only touches the band).
    for (const old of ["#km=-5", "#within=5", "#km=2-30&killed=1"]) {
      const { state, problems } = decodeViewState(old, choices);
      expect(problems, old).toEqual([]);
      expect(state.filter.distanceMode, old).toBe("possibly");
      // Written back as it was: the default is left out of the link.
      expect(encodeViewState(state), old).not.toContain("kmmode");
    }
    const certainly: ViewState = { filter: { ...NO_FILTER, distanceToKm: 5, distanceMode: "certainly" } };
    expect(encodeViewState(certainly)).toBe("#km=-5&kmmode=certainly");
    expect(decodeViewState("#km=-5&kmmode=certainly", choices)).toEqual({ state: certainly, problems: [] });
    expect(decodeViewState("#kmmode=possibly", choices).state.filter).toEqual(NO_FILTER);
    const bad = decodeViewState("#km=-5&kmmode=surely", choices);
    expect(bad.problems).toEqual(['"kmmode" ignored: expected possibly or certainly']);
    expect(bad.state.filter).toEqual({ ...NO_FILTER, distanceToKm: 5 });
  });

  it("holds every part to one limit both ways: what it writes it reads back, and what it would refuse it never writes", () => {
    for (const part of LINK_PARTS) expect(part.limit, part.key).toBeGreaterThan(0);
    // A report id of 300 characters (the new user's) goes into the link and comes back.
    const long = "r".repeat(300);
    const written = encodeViewState({ filter: NO_FILTER, selected: long });
    expect(decodeViewState(written, choices)).toEqual({ state: { filter: NO_FILTER, selected: long }, problems: [] });
    // Over each part's limit: not written, and refused when read (a link made by hand).
    const report = LINK_PARTS.find((p) => p.key === "report")!;
    const tooLong = "r".repeat(report.limit + 1);
    expect(encodeViewState({ filter: NO_FILTER, selected: tooLong })).toBe("");
    expect(decodeViewState(`#report=${tooLong}`, choices).problems).toEqual([`"report" ignored: longer than ${report.limit.toLocaleString("en")} characters`]);
    // Ids that grow when URL-encoded are measured as written: an Arabic-script id of 200 letters is 1,200 characters in a link.
    const arabic = "ب".repeat(200);
    expect(encodeURIComponent(arabic).length).toBeGreaterThan(report.limit);
    expect(encodeViewState({ filter: NO_FILTER, selected: arabic })).toBe("");
    const sources = LINK_PARTS.find((p) => p.key === "source")!;
    const names = Array.from({ length: 30 }, (_, i) => `${i} ${"s".repeat(190)}`);
    expect(encodeViewState({ filter: { ...NO_FILTER, sources: names } }).length).toBeLessThan(20);
    expect(decodeViewState(`#source=${names.map(encodeURIComponent).join(",")}`, choices).problems).toEqual([`"source" ignored: longer than ${sources.limit.toLocaleString("en")} characters`]);
  });

  it("writes nothing for the default view", () => {
    expect(encodeViewState({ filter: NO_FILTER })).toBe("");
    expect(decodeViewState("", choices)).toEqual({ state: { filter: NO_FILTER }, problems: [] });
  });
});

function round(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}

/** The panel's own sentence for a distance it refuses (the link passes it on). */
function messageOf(result: { ok: boolean; message?: string }): string {
  if (result.ok || result.message === undefined) throw new Error("expected a refusal");
  return result.message;
}
