import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { offsiteRequests, openApp, waitForMapIdle, waitForSidesMeasured, type PageLog } from "./support/chromium";
import { screenshot } from "./support/screenshots";

/** Above the 5,000 from which the dots canvas draws each report. */
const REPORTS = 20_000;

/** Non-transparent pixels in the dots canvas now. */
function dotPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const dots = document.querySelector<HTMLCanvasElement>(".report-dots-canvas")!;
    const copy = document.createElement("canvas");
    copy.width = dots.width;
    copy.height = dots.height;
    const ctx = copy.getContext("2d")!;
    ctx.drawImage(dots, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
}

function keptByPanel(page: Page): Promise<number> {
  return page
    .getByTestId("filter-status")
    .textContent()
    .then((text) => Number((text ?? "").match(/^([\d,]+) of/)![1]!.replace(/,/g, "")));
}

describe(`each of ${REPORTS.toLocaleString("en")} synthetic reports as a dot in the dots canvas`, () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(`${inject("baseUrl")}?synthetic=${REPORTS}&seed=5`));
    await page.getByTestId("dataset-status").filter({ hasText: `${REPORTS.toLocaleString("en")} reports` }).waitFor({ state: "attached", timeout: 60_000 });
    await waitForSidesMeasured(page);
    await waitForMapIdle(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("starts with each report drawn, by the dots canvas and not by MapLibre's circle layer", async () => {
    await expect(page.getByRole("radio", { name: /^Each report/ }).isChecked()).resolves.toBe(true);
    await expect.poll(() => page.evaluate(() => window.__borderMap!.gpuDrawnIds()?.length)).toBe(REPORTS);
    await expect(page.evaluate(() => window.__borderMap!.maplibre.queryRenderedFeatures({ layers: ["reports"] }).length)).resolves.toBe(0);
    await expect.poll(() => dotPixels(page)).toBeGreaterThan(10_000);
    await screenshot(page, "dots.png");
  });

  it("draws exactly the reports the panel keeps, filter after filter, and nothing when none is kept", async () => {
    const steps: [string, () => Promise<void>][] = [
      ["killed at least 5", () => page.locator('input[name="filter-killed"]').fill("5")],
      ["from 2024-06-01", () => page.locator('input[name="filter-date-from"]').fill("2024-06-01")],
      ["Pakistan's side", () => page.getByRole("checkbox", { name: /^Pakistan/ }).check()],
      ["up to 20 km of the border", () => page.locator('input[name="filter-distance-to"]').fill("20")],
    ];
    let previous = REPORTS;
    for (const [what, step] of steps) {
      await step();
      await expect.poll(async () => (await page.evaluate(() => window.__borderMap!.gpuDrawnIds()!.length)) === (await keptByPanel(page)), { message: what }).toBe(true);
      const kept = await keptByPanel(page);
      expect(kept, what).toBeLessThan(previous);
      expect(kept, what).toBeGreaterThan(0);
      previous = kept;
    }
    const before = await dotPixels(page);
    await page.locator('input[name="filter-killed"]').fill("100000");
    await page.getByTestId("filter-status").filter({ hasText: /^0 of/ }).waitFor();
    await expect.poll(() => dotPixels(page)).toBe(0);
    expect(before).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Clear all" }).click();
    await expect.poll(() => page.evaluate(() => window.__borderMap!.gpuDrawnIds()!.length)).toBe(REPORTS);
  });

  it("opens the report under a click on its dot, and rings the dot under the pointer", async () => {
    // A report drawn alone at its spot, zoomed in until dots are full size.
    const target = await page.evaluate(() => {
      const ids = window.__borderMap!.gpuDrawnIds()!;
      return ids[Math.floor(ids.length / 2)]!;
    });
    const at = await page.evaluate((id) => {
      const map = window.__borderMap!.maplibre;
      const feature = window.__borderMap!.reportPosition(id)!;
      map.jumpTo({ center: feature, zoom: 15 });
      const p = map.project(feature);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, target);
    await waitForMapIdle(page);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.evaluate(() => JSON.stringify(window.__borderMap!.maplibre.getFilter("report-hover")))).toContain(target);
    await page.mouse.click(at.x, at.y);
    await page.locator(`.report-popup [data-report-id="${target}"]`).waitFor();
    await waitForMapIdle(page);
    await screenshot(page, "dots-popup.png");
    await page.keyboard.press("Escape");
  });

  it("hides the dots in the events view and brings them back", async () => {
    await page.evaluate(() => window.__borderMap!.maplibre.jumpTo({ center: [69, 33], zoom: 6 }));
    await page.getByRole("radio", { name: /^Events/ }).check();
    await expect.poll(() => dotPixels(page)).toBe(0);
    await page.getByRole("radio", { name: /^Each report/ }).check();
    await expect.poll(() => dotPixels(page)).toBeGreaterThan(0);
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
