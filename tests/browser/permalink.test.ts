import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, offsiteRequests, waitForMapIdle, watchPage, type PageLog } from "./support/chromium";
import { screenshot } from "./support/screenshots";

/** Opens the app at `url` in a fresh browser context (no history, no storage) and waits for its reports. */
async function openFresh(browser: Browser, url: string): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(url);
  await page.getByTestId("dataset-status").filter({ hasText: "reports from" }).waitFor({ state: "attached" });
  await waitForMapIdle(page);
  return { page, log };
}

function camera(page: Page): Promise<{ lon: number; lat: number; zoom: number; bearing: number }> {
  return page.evaluate(() => {
    const m = window.__borderMap!.maplibre;
    return { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom(), bearing: m.getBearing() };
  });
}

const REPORT = "2025-10-15-spin-boldak-mujahid";

describe("a link to the view", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, log } = await openFresh(browser, inject("baseUrl")));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("carries the camera, the filters, the layers, the view and the selected report to a fresh browser", async () => {
    await page.locator('input[name="filter-killed"]').fill("4");
    await page.getByRole("checkbox", { name: "Distance bands along the border" }).uncheck();
    await page.evaluate(() => window.__borderMap!.maplibre.jumpTo({ center: [66.45, 30.98], zoom: 9.5, bearing: 20 }));
    await waitForMapIdle(page);
    await page.evaluate((id) => window.__borderMap!.openReport(id), REPORT);
    await page.locator(`.report-popup [data-report-id="${REPORT}"]`).waitFor();
    await expect.poll(() => page.locator('input[name="share-link"]').inputValue()).toContain(`report=${REPORT}`);
    const link = await page.locator('input[name="share-link"]').inputValue();
    expect(link).toContain("killed=4");
    expect(link).toContain("hide=bands");
    const status = await page.getByTestId("filter-status").textContent();
    const before = await camera(page);

    const { page: other, log: otherLog } = await openFresh(browser, link);
    await expect(other.locator('input[name="filter-killed"]').inputValue()).resolves.toBe("4");
    await expect.poll(() => other.getByTestId("filter-status").textContent()).toBe(status);
    await expect(other.getByRole("checkbox", { name: "Distance bands along the border" }).isChecked()).resolves.toBe(false);
    await other.locator(`.report-popup [data-report-id="${REPORT}"]`).waitFor();
    const after = await camera(other);
    expect(after.lon).toBeCloseTo(before.lon, 4);
    expect(after.lat).toBeCloseTo(before.lat, 4);
    expect(after.zoom).toBeCloseTo(before.zoom, 2);
    expect(after.bearing).toBeCloseTo(before.bearing, 1);
    await screenshot(other, "permalink.png");
    expect(offsiteRequests(otherLog.requests)).toEqual([]);
    expect(otherLog.errors).toEqual([]);
    await other.context().close();
  });

  it("walks back and forward through the filter and layer changes", async () => {
    await page.keyboard.press("Escape");
    await page.waitForTimeout(1_100);
    await page.locator('input[name="filter-killed"]').fill("12");
    await expect.poll(() => page.locator('input[name="share-link"]').inputValue()).toContain("killed=12");
    await page.waitForTimeout(1_100);
    await page.goBack();
    await expect.poll(() => page.locator('input[name="filter-killed"]').inputValue()).toBe("4");
    await page.goForward();
    await expect.poll(() => page.locator('input[name="filter-killed"]').inputValue()).toBe("12");
  });

  it("ignores what it cannot use, says so, and applies the rest", async () => {
    const url = `${inject("baseUrl")}#map=8/31/66.4&killed=five&hide=nonsense&view=events&from=2025-11-01`;
    const { page: other, log: otherLog } = await openFresh(browser, url);
    const alert = other.getByRole("alert").filter({ hasText: "Parts of the link could not be used" });
    await expect(alert.textContent()).resolves.toMatch(/"killed" ignored: expected a whole number/);
    await expect(alert.textContent()).resolves.toMatch(/"hide" ignored: no layer group named nonsense/);
    await expect(other.getByRole("radio", { name: /^Events/ }).isChecked()).resolves.toBe(true);
    await expect(other.locator('input[name="filter-date-from"]').inputValue()).resolves.toBe("2025-11-01");
    expect((await camera(other)).zoom).toBeCloseTo(8, 2);
    await screenshot(other, "permalink-problems.png");
    expect(otherLog.errors).toEqual([]);
    await other.context().close();
  });

  it("carries an open event of the events view to a fresh browser, without moving its camera", async () => {
    await page.goto(`${inject("baseUrl")}#map=8/31/66.5&view=events`);
    await page.getByTestId("events-status").filter({ hasText: /\d+ events from 12 reports/ }).waitFor({ state: "attached" });
    await page.locator(".events__list button").first().click();
    const popup = page.locator(".event-popup");
    await popup.waitFor();
    const rows = await popup.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.reportId).sort());
    await expect.poll(() => page.locator('input[name="share-link"]').inputValue()).toMatch(/&event=E\d+/);
    const link = await page.locator('input[name="share-link"]').inputValue();
    const before = await camera(page);

    const { page: other, log: otherLog } = await openFresh(browser, link);
    const otherPopup = other.locator(".event-popup");
    await otherPopup.waitFor();
    expect(await otherPopup.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.reportId).sort())).toEqual(rows);
    const after = await camera(other);
    expect([after.lon, after.lat, after.zoom].map((x) => x.toFixed(4))).toEqual([before.lon, before.lat, before.zoom].map((x) => x.toFixed(4)));
    expect(otherLog.errors).toEqual([]);
    await other.context().close();

    // Closing the popup takes the event out of the link.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator('input[name="share-link"]').inputValue()).not.toMatch(/event=/);
  });

  it("carries the bands, the within-N-km filter (the distance filter), the heatmap, the event parameters and the chart's selection", async () => {
    const parts = "within=5&bands=5,20&heat=1&events=3/48/1&along=500-1400/2025-10-01/";
    const { page: other, log: otherLog } = await openFresh(browser, `${inject("baseUrl")}#map=8/31/66.5&view=events&${parts}`);
    await expect(other.locator('input[name="within-km"]').inputValue()).resolves.toBe("5");
    await expect(other.locator('input[name="bands"]').inputValue()).resolves.toBe("5, 20");
    await expect(other.locator('input[name="density"]').isChecked()).resolves.toBe(true);
    await expect(other.locator('input[name="eps-km"]').inputValue()).resolves.toBe("3");
    await expect(other.locator('input[name="along-km-from"]').inputValue()).resolves.toBe("500");
    await expect(other.locator('input[name="along-date-from"]').inputValue()).resolves.toBe("2025-10-01");
    await other.getByTestId("bands-status").filter({ hasText: /^Bands at 5, 20 km from the Durand Line/ }).waitFor({ state: "attached" });
    // Nothing changed: the link the page offers says the same, "within=5" written as the distance filter it is now.
    const offered = await other.locator('input[name="share-link"]').inputValue();
    for (const part of ["km=-5", "along=500-1400/2025-10-01/", "bands=5,20", "heat=1", "events=3/48/1"]) expect(offered).toContain(part);
    expect(offered).not.toContain("within=");
    await expect(other.locator('input[name="filter-distance-to"]').inputValue()).resolves.toBe("5");
    expect(otherLog.errors).toEqual([]);
    await other.context().close();
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
