import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, offsiteRequests, waitForMapIdle, watchPage, type PageLog } from "./support/chromium";

/** A 1×1 PNG, served in place of OpenStreetMap tiles: the tests use no network. */
const TILE_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

function renderedCount(page: Page, layer: string): Promise<number> {
  return page.evaluate((layer) => window.__borderMap!.maplibre.queryRenderedFeatures({ layers: [layer] }).length, layer);
}

describe("layer toggles and the basemap choice", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  const tileRequests: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    log = watchPage(page);
    await page.route("https://tile.openstreetmap.org/**", async (route) => {
      tileRequests.push(route.request().url());
      await route.fulfill({ status: 200, contentType: "image/png", body: TILE_PNG });
    });
    await page.goto(inject("baseUrl"));
    await page.getByTestId("dataset-status").filter({ hasText: "reports from" }).waitFor({ state: "attached" });
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("hides and shows a layer group from its checkbox", async () => {
    const kp = page.getByRole("checkbox", { name: "Khyber Pakhtunkhwa" });
    expect(await renderedCount(page, "kp-fill")).toBeGreaterThan(0);
    await kp.uncheck();
    await waitForMapIdle(page);
    expect(await renderedCount(page, "kp-fill")).toBe(0);
    expect(await renderedCount(page, "reports")).toBeGreaterThan(0);
    await kp.check();
    await waitForMapIdle(page);
    expect(await renderedCount(page, "kp-fill")).toBeGreaterThan(0);
  });

  it("asks the OpenStreetMap tile server only once the user picks it (on the page whose policy allows it), and stops when they switch back", async () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    await page.locator('input[name="filter-killed"]').fill("4");
    await expect.poll(() => page.url()).toContain("killed=4");
    await page.getByRole("radio", { name: "OpenStreetMap (online)" }).check();
    // The online page, with the same view in its address.
    await page.waitForURL(/\/online\.html#.*killed=4.*basemap=osm/);
    await page.getByTestId("dataset-status").filter({ hasText: "reports from" }).waitFor({ state: "attached" });
    await expect.poll(() => tileRequests.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => Boolean(window.__borderMap!.maplibre.getLayer("osm-raster")))).toBe(true);
    expect(await page.locator(".maplibregl-ctrl-attrib").innerText()).toContain("© OpenStreetMap contributors");
    await expect(page.locator('input[name="filter-killed"]').inputValue()).resolves.toBe("4");

    await page.getByRole("radio", { name: "Offline (ships with the app)" }).check();
    await page.waitForURL((url) => !url.pathname.endsWith("online.html"));
    await page.getByTestId("dataset-status").filter({ hasText: "reports from" }).waitFor({ state: "attached" });
    await waitForMapIdle(page);
    expect(await page.evaluate(() => Boolean(window.__borderMap!.maplibre.getLayer("osm-raster")))).toBe(false);
    const before = tileRequests.length;
    await page.evaluate(() => window.__borderMap!.maplibre.jumpTo({ center: [69, 34], zoom: 7 }));
    await waitForMapIdle(page);
    expect(tileRequests.length).toBe(before);
  });

  it("keeps the offline page's promise against a link that asks for the online basemap: says so, asks no other server", async () => {
    const requestsBefore = tileRequests.length;
    await page.goto("about:blank");
    await page.goto(`${inject("baseUrl")}#map=6/31/66&basemap=osm`);
    await page.getByRole("alert").filter({ hasText: '"basemap=osm" not applied' }).waitFor();
    await waitForMapIdle(page);
    expect(tileRequests.length).toBe(requestsBefore);
    await expect(page.getByRole("radio", { name: "Offline (ships with the app)" }).isChecked()).resolves.toBe(true);
  });
});
