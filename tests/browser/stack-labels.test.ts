import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { drawnIds, offsiteRequests, openApp, waitForMapIdle, type PageLog } from "./support/chromium";
import { screenshot } from "./support/screenshots";
import { readRepoJson } from "../support/read-json";

type Seed = { geometry: { coordinates: [number, number] }; properties: { id: string; killed: number | null } };
const seed = readRepoJson<{ features: Seed[] }>("geodata/reports.geojson").features;
const positionOf = new Map(seed.map((f) => [f.properties.id, f.geometry.coordinates.join(",")]));

/** Spin Boldak, where eight seed reports share one position, with Chaman and Weesh in view. */
const SPIN_BOLDAK = "#map=11/30.99/66.42";

/** The "×N" labels drawn now: the report that carries each, and its text as drawn. */
function drawnLabels(page: Page): Promise<{ id: string; text: string }[]> {
  return page.evaluate(() =>
    window.__borderMap!.maplibre.queryRenderedFeatures({ layers: ["report-stack-labels"] }).map((f) => ({
      id: String(f.properties?.id),
      // MapLibre gives each feature its layer's layout evaluated for it: the text drawn (a Formatted, as a string).
      text: String((f.layer.layout as Record<string, unknown> | undefined)?.["text-field"] ?? ""),
    })),
  );
}

/** The filter's rule: at least `killed` killed by the report's `killed` figure (none given: not kept); null: no filter. */
function kept(f: Seed, killed: number | null): boolean {
  return killed === null || (f.properties.killed !== null && f.properties.killed >= killed);
}

/** How many of the seed reports the killed filter keeps are drawn at each position in view, from the seed file. */
function shownPerPosition(drawn: readonly string[], killed: number | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of seed) {
    if (!kept(f, killed) || !drawn.includes(f.properties.id)) continue;
    const at = positionOf.get(f.properties.id)!;
    counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  return counts;
}

/** Sets the "killed at least" filter (null: clears it) and waits for the panel and the map. */
async function killedAtLeast(page: Page, killed: number | null): Promise<void> {
  await page.locator('input[name="filter-killed"]').fill(killed === null ? "" : String(killed));
  const count = seed.filter((f) => kept(f, killed)).length;
  await page.getByTestId("filter-status").filter({ hasText: `${count} of ${seed.length} reports shown` }).waitFor();
  await waitForMapIdle(page);
}

/** One label at each position in view where two or more reports are shown, saying how many; none elsewhere. */
async function expectLabelsToCount(page: Page, killed: number | null): Promise<Map<string, number>> {
  const perPosition = shownPerPosition(await drawnIds(page), killed);
  const labels = await drawnLabels(page);
  const labelled = new Map(labels.map((l) => [positionOf.get(l.id)!, l.text]));
  expect(labelled.size, "one label a position").toBe(labels.length);
  const expected = new Map([...perPosition].filter(([, n]) => n >= 2).map(([at, n]) => [at, `×${n}`]));
  expect(labelled).toEqual(expected);
  return perPosition;
}

describe("stack labels count the reports the filters show", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(`${inject("baseUrl")}${SPIN_BOLDAK}&killed=10`));
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("says ×3 at Spin Boldak with at least 10 killed, though the report labelled without filters is not shown", async () => {
    const perPosition = await expectLabelsToCount(page, 10);
    const spinBoldak = positionOf.get("2025-10-15-spin-boldak-mujahid")!;
    expect(perPosition.get(spinBoldak)).toBe(3);
    expect(await drawnLabels(page)).toEqual([{ id: "2025-10-15-spin-boldak-mujahid", text: "×3" }]);
    await screenshot(page, "stack-labels.png");
  });

  it("counts again when the filter changes, and labels no position where one report is shown", async () => {
    await killedAtLeast(page, 4);
    const perPosition = await expectLabelsToCount(page, 4);
    const chaman = positionOf.get("2025-10-15-chaman-cnn-news18")!;
    // Chaman: one of its two reports gives at least 4 killed, the other no figure.
    expect(perPosition.get(chaman)).toBe(1);
    expect(perPosition.get(positionOf.get("2025-10-15-spin-boldak-mujahid")!)).toBe(6);
    await killedAtLeast(page, null);
    const all = await expectLabelsToCount(page, null);
    expect(all.get(chaman)).toBe(2);
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
