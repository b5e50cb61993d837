import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { offsiteRequests, openApp, waitForMapIdle, type PageLog } from "./support/chromium";
import { screenshot } from "./support/screenshots";
import { readRepoJson } from "../support/read-json";

type Seed = { properties: { id: string; event_date: string }; geometry: { coordinates: [number, number] } };
const seed = readRepoJson<{ features: Seed[] }>("geodata/reports.geojson").features;

const rowIds = (page: Page) => page.locator(".report-list tbody tr").evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.reportId!));

async function pagePoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((lonLat) => {
    const map = window.__borderMap!.maplibre;
    const p = map.project(lonLat);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lonLat);
}

describe("the list of reports in view", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(inject("baseUrl")));
    await page.evaluate(() => window.__borderMap!.maplibre.fitBounds([[60.5, 29.2], [75.2, 38.6]], { padding: 24, animate: false }));
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lists every report in view, newest first", async () => {
    await page.getByTestId("list-status").filter({ hasText: `${seed.length} of ${seed.length} shown reports are in the map's view` }).waitFor({ state: "attached" });
    const ids = await rowIds(page);
    expect(ids.sort()).toEqual(seed.map((f) => f.properties.id).sort());
    const dates = (await rowIds(page)).map((id) => seed.find((f) => f.properties.id === id)!.properties.event_date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("sorts by date either way with a second click, and says so to screen readers", async () => {
    await page.getByRole("button", { name: /^Date/ }).click();
    const dates = (await rowIds(page)).map((id) => seed.find((f) => f.properties.id === id)!.properties.event_date);
    expect(dates).toEqual([...dates].sort());
    await expect(page.locator('th[aria-sort="ascending"]').textContent()).resolves.toMatch(/^Date/);
  });

  it("rings a row's report on the map while the pointer is over the row", async () => {
    const first = page.locator(".report-list tbody tr").first();
    const id = await first.getAttribute("data-report-id");
    await first.hover();
    await expect
      .poll(() => page.evaluate(() => JSON.stringify(window.__borderMap!.maplibre.getFilter("report-hover"))))
      .toBe(JSON.stringify(["==", ["get", "id"], id]));
  });

  it("opens a row's report on the map from the keyboard", async () => {
    const row = page.locator('.report-list tbody tr[data-report-id="2025-10-14-kurram-ptv"]');
    await row.focus();
    await page.keyboard.press("Enter");
    await page.locator('.report-popup [data-report-id="2025-10-14-kurram-ptv"]').waitFor();
    await waitForMapIdle(page);
    // The map moved to it: in view now are Kurram's report alone.
    await page.getByTestId("list-status").filter({ hasText: `1 of ${seed.length} shown reports` }).waitFor({ state: "attached" });
    await screenshot(page, "list.png");
  });

  it("marks the row of the report under the pointer on the map", async () => {
    const kurram = seed.find((f) => f.properties.id === "2025-10-14-kurram-ptv")!.geometry.coordinates;
    const { x, y } = await pagePoint(page, kurram);
    await page.mouse.move(x, y);
    await page.locator('.report-list__row--hovered[data-report-id="2025-10-14-kurram-ptv"]').waitFor();
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
