import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { offsiteRequests, openApp, waitForMapIdle, type PageLog } from "./support/chromium";
import { readRepoJson } from "../support/read-json";

const places = readRepoJson<{ features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[] }>("geodata/places.geojson").features;
const at = (id: string) => places.find((p) => p.properties.id === id)!.geometry.coordinates;

const centre = (page: Page) => page.evaluate(() => window.__borderMap!.maplibre.getCenter().toArray());

describe("finding a place by name", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(inject("baseUrl")));
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const [query, id] of [
    ["تورخم", "torkham"],
    ["Spin Boldak", "spin-boldak"],
    ["سپین بولدک", "spin-boldak"],
    ["Wesh", "weesh"],
    ["چمن", "chaman"],
  ] as const) {
    it(`moves the map to ${id} for "${query}"`, async () => {
      const box = page.getByRole("searchbox", { name: "Place name, in any spelling" });
      await box.fill(query);
      await page.locator(".search__result").first().waitFor();
      await box.press("Enter");
      await expect.poll(() => centre(page)).toEqual(at(id));
      expect(await page.evaluate(() => window.__borderMap!.maplibre.getZoom())).toBeGreaterThanOrEqual(10);
    });
  }

  it("says when it knows no such place", async () => {
    await page.getByRole("searchbox", { name: "Place name, in any spelling" }).fill("Zzyzx");
    await page.getByText("No place of that name in the app's gazetteer.").waitFor();
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
