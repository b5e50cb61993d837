import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { offsiteRequests, openApp, waitForMapIdle, type PageLog } from "./support/chromium";
import { screenshot } from "./support/screenshots";
import { readRepoJson } from "../support/read-json";

const seedCount = readRepoJson<{ features: unknown[] }>("geodata/reports.geojson").features.length;

describe("at phone width (390 × 844)", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(inject("baseUrl"), { width: 390, height: 844 }));
    await waitForMapIdle(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("gives the map most of the screen, with the panels a closed sheet at its foot", async () => {
    const map = (await page.locator(".maplibregl-canvas").boundingBox())!;
    expect(map.width).toBe(390);
    expect(map.height).toBeGreaterThan(844 * 0.7);
    const handle = page.getByRole("button", { name: "Search, filters, list and tools" });
    await expect(handle.getAttribute("aria-expanded")).resolves.toBe("false");
    const sheet = (await page.locator(".app__panels").boundingBox())!;
    expect(sheet.height).toBeLessThanOrEqual(48);
    expect(sheet.y + sheet.height).toBeCloseTo(844, 0);
    // The attribution sits behind its button, closed, not over a third of the map.
    await expect(page.locator(".maplibregl-ctrl-attrib.maplibregl-compact").count()).resolves.toBe(1);
    await expect(page.locator(".maplibregl-ctrl-attrib.maplibregl-compact-show").count()).resolves.toBe(0);
    await screenshot(page, "phone.png");
  });

  it("opens the sheet, filters from it, and closes it again", async () => {
    await page.getByRole("button", { name: "Search, filters, list and tools" }).click();
    await expect(page.getByRole("button", { name: "Hide the panels" }).getAttribute("aria-expanded")).resolves.toBe("true");
    const sheet = (await page.locator(".app__panels").boundingBox())!;
    expect(sheet.height).toBeGreaterThan(844 * 0.5);
    const killed = page.locator('input[name="filter-killed"]');
    await killed.scrollIntoViewIfNeeded();
    await killed.fill("10");
    await page.getByTestId("filter-status").filter({ hasNotText: `${seedCount} of ${seedCount}` }).waitFor();
    await screenshot(page, "phone-sheet.png");
    await page.getByRole("button", { name: "Clear all" }).click();
    await page.getByRole("button", { name: "Hide the panels" }).click();
    await expect(page.getByRole("button", { name: "Search, filters, list and tools" }).getAttribute("aria-expanded")).resolves.toBe("false");
  });

  it("closes the sheet when a place is chosen, so that the map shows it", async () => {
    await page.getByRole("button", { name: "Search, filters, list and tools" }).click();
    await page.locator('input[name="place-search"]').fill("Spin");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("button", { name: "Search, filters, list and tools" }).getAttribute("aria-expanded")).toBe("false");
    await waitForMapIdle(page);
  });

  it("writes Spin Boldak and Chaman in Arabic script too, from the project's glyphs", async () => {
    await page.evaluate(() => window.__borderMap!.maplibre.jumpTo({ center: [66.43, 30.96], zoom: 11 }));
    await waitForMapIdle(page);
    const labels = await page.evaluate(() =>
      window.__borderMap!.maplibre.queryRenderedFeatures({ layers: ["place-labels"] }).map((f) => String(f.properties?.name_local ?? "")),
    );
    expect(labels).toContain("سپین بولدک");
    expect(labels).toContain("چمن");
    await screenshot(page, "phone-arabic.png");
    // Shaped Arabic is drawn from the presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF), shipped with the app.
    const arabicRanges = ["1536-1791", "64256-64511", "64512-64767", "65024-65279"];
    const asked = log.requests.filter((url) => url.includes("/glyphs/") && arabicRanges.some((r) => url.endsWith(`/${r}.pbf`)));
    expect(asked.length).toBeGreaterThan(0);
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
