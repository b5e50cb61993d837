import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { offsiteRequests, openApp, waitForMapIdle, type PageLog } from "./support/chromium";
import { expectNoOverlap } from "./support/label-boxes";
import { screenshot } from "./support/screenshots";
import { foldLegend, showTab } from "./support/tabs";

/** Spin Boldak at zoom 11: eight seed reports stacked on the town, Weesh and the crossing on one point, Chaman across the line. */
const SPIN_BOLDAK = "#map=11/30.96/66.43";
const CHAMAN: [number, number] = [66.45259, 30.91769];
const TOWN: [number, number] = [66.40001, 31.00575];
const CROSSING: [number, number] = [66.4311, 30.9537];

/** Where a position is on the page, in whole pixels. */
function pixelOf(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((lonLat) => {
    const map = window.__borderMap!.maplibre;
    const box = map.getCanvas().getBoundingClientRect();
    const p = map.project(lonLat);
    return { x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) };
  }, lonLat);
}

/** The texts the symbol layers of these ids that exist show now (MapLibre answers with the labels it placed, not those it hid). */
function shownTexts(page: Page, ...layers: string[]): Promise<string[]> {
  return page.evaluate((layers) => {
    const map = window.__borderMap!.maplibre;
    return map
      .queryRenderedFeatures({ layers: layers.filter((id) => map.getLayer(id)) })
      .map((f) => String((f.layer.layout as Record<string, unknown> | undefined)?.["text-field"] ?? ""))
      .sort();
  }, layers);
}

describe("labels never cover each other at Spin Boldak", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(`${inject("baseUrl")}${SPIN_BOLDAK}`));
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const zoom of [9, 10, 11]) {
    it(`places the stack counts, the places and the towns without overlap at zoom ${zoom}, and keeps the counts`, async () => {
      await page.evaluate((zoom) => window.__borderMap!.maplibre.jumpTo({ center: [66.43, 30.96], zoom }), zoom);
      await waitForMapIdle(page);
      await screenshot(page, `label-overlap-seed-z${zoom}.png`);
      const boxes = await expectNoOverlap(page);
      // The check has something to check: the places and the counts are among the labels in view.
      expect(new Set(boxes.map((b) => b.layer))).toContain("place-labels");
      expect(await shownTexts(page, "report-stack-labels")).toContain("×8");
    });
  }

  it("places a right-click's distance label without overlap, and shows it", async () => {
    // North-west of the crossing, across the line from it: the nearest border point, where the label goes, is by the crossing's name.
    const crossing = await pixelOf(page, CROSSING);
    await page.mouse.click(crossing.x - 25, crossing.y - 110, { button: "right" });
    await expect.poll(() => shownTexts(page, "measure-border-label").then((t) => t.length), { timeout: 20_000 }).toBe(1);
    await screenshot(page, "label-overlap-right-click.png");
    await expectNoOverlap(page);
  });

  it("places a measured path's labels without overlap, and always shows its total", async () => {
    await showTab(page, "Measure");
    await foldLegend(page);
    await page.getByRole("button", { name: "Measure", exact: true }).click();
    for (const at of [TOWN, CHAMAN, [CHAMAN[0] + 0.08, CHAMAN[1] - 0.03] as [number, number]]) {
      const { x, y } = await pixelOf(page, at);
      await page.mouse.click(x, y);
    }
    await expect.poll(() => shownTexts(page, "measure-total-label", "measure-vertex-labels").then((t) => t.some((s) => s.startsWith("Total"))), { timeout: 20_000 }).toBe(true);
    await screenshot(page, "label-overlap-measure.png");
    await expectNoOverlap(page);
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
