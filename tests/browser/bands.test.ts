import { mkdirSync } from "node:fs";
import type { FeatureCollection, LineString, Point } from "geojson";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { borderIndexFromGeoJson } from "../../src/core/distance/border-index";
import { BorderDistanceMeasurer } from "../../src/core/distance/distance-to-border";
import { readRepoJson } from "../support/read-json";
import { showTab } from "./support/tabs";
import { offsiteRequests, openApp, waitForMapIdle, type PageLog } from "./support/chromium";

const SCREENSHOTS = new URL("../../test-results/", import.meta.url);

/** Each seed report's distance to the border, from the core measurer in Node on the geodata files. */
function seedDistancesM(): { id: string; distanceM: number; accuracyM: number }[] {
  const durand = readRepoJson<FeatureCollection<LineString>>("geodata/durand-line.geojson");
  const measurer = new BorderDistanceMeasurer(borderIndexFromGeoJson(durand));
  const seed = readRepoJson<FeatureCollection<Point, { id: string; accuracy_m: number }>>("geodata/reports.geojson");
  return seed.features.map((f) => ({ id: f.properties.id, distanceM: measurer.distance(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!).distanceM, accuracyM: f.properties.accuracy_m }));
}

/** Values of one property over the features of a layer drawn in the current view, without repeats (tiles split polygons). */
function rendered(page: Page, layer: string, property: string): Promise<string[]> {
  return page.evaluate(
    ([layer, property]) => {
      const features = window.__borderMap!.maplibre.queryRenderedFeatures({ layers: [layer!] });
      return [...new Set(features.map((f) => String(f.properties?.[property!])))].sort();
    },
    [layer, property],
  );
}

describe("buffer bands along the border and the within-N-km filter", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  const seed = seedDistancesM();

  const drawBands = async (text: string) => {
    await page.getByRole("textbox", { name: "Bands (km)" }).fill(text);
    await page.getByRole("button", { name: "Draw", exact: true }).click();
  };
  const status = () => page.getByTestId("bands-status").innerText();

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    ({ browser, page, log } = await openApp(inject("baseUrl")));
    await page.getByTestId("dataset-status").filter({ hasText: `${seed.length} reports from` }).waitFor({ state: "attached" });
    await page.getByTestId("bands-status").filter({ hasText: /computed in/ }).waitFor({ state: "attached", timeout: 60_000 });
    await waitForMapIdle(page);
    await showTab(page, "Measure");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("draws the default bands at 5, 10, 25 and 50 km, filled, outlined and labelled", async () => {
    expect(await status()).toMatch(/^Bands at 5, 10, 25, 50 km .* \(computed in [\d.]+ s\)$/);
    expect(await rendered(page, "band-fill", "distance_km")).toEqual(["10", "25", "5", "50"]);
    expect(await rendered(page, "band-line", "distance_km")).toEqual(["10", "25", "5", "50"]);
    expect((await rendered(page, "band-labels", "label")).length).toBeGreaterThan(0);
    console.info(await status());
  });

  it("hides and shows the bands from their layer checkbox", async () => {
    await showTab(page, "Explore");
    const toggle = page.getByRole("checkbox", { name: "Distance bands along the border" });
    await toggle.uncheck();
    await waitForMapIdle(page);
    expect(await rendered(page, "band-fill", "distance_km")).toEqual([]);
    await toggle.check();
    await waitForMapIdle(page);
    expect(await rendered(page, "band-fill", "distance_km")).toEqual(["10", "25", "5", "50"]);
    await showTab(page, "Measure");
  });

  it("draws only a 20 km band once the list reads 20", async () => {
    await drawBands("20");
    await expect.poll(status, { timeout: 60_000 }).toMatch(/^Bands at 20 km .*computed in/);
    await waitForMapIdle(page);
    expect(await rendered(page, "band-fill", "distance_km")).toEqual(["20"]);
    expect(await rendered(page, "band-line", "distance_km")).toEqual(["20"]);
  });

  it("explains bad input and keeps the last bands", async () => {
    await drawBands("5, ten");
    await expect.poll(() => page.getByTestId("bands-error").innerText()).toBe('"ten" is not a distance in km: write a number such as 5 or 12.5');
    await drawBands("600");
    await expect.poll(() => page.getByTestId("bands-error").innerText()).toBe("600 km is over the 500 km limit");
    await drawBands("0");
    await expect.poll(() => page.getByTestId("bands-error").innerText()).toBe("0 km: a distance must be more than 0 km");
    await waitForMapIdle(page);
    expect(await rendered(page, "band-fill", "distance_km")).toEqual(["20"]);
    await drawBands("5, 10, 25, 50");
    await expect.poll(() => page.getByTestId("bands-error").count()).toBe(0);
    await expect.poll(status, { timeout: 60_000 }).toBe("Bands at 5, 10, 25, 50 km from the Durand Line, both sides");
  });

  // Certainly within: the farthest the true place can be (d + accuracy) is inside; possibly: the nearest (d − accuracy, at least 0) is.
  const certainlyWithin = (km: number) => seed.filter((r) => r.distanceM + r.accuracyM <= km * 1000).map((r) => r.id);
  const possiblyWithin = (km: number) => seed.filter((r) => Math.max(0, r.distanceM - r.accuracyM) <= km * 1000).map((r) => r.id);

  it.each([5, 10])("keeps only the seed reports certainly within %s km of the border (their exact distances, in Node), and counts them both ways", async (km) => {
    const within = certainlyWithin(km);
    expect(within.length).toBeGreaterThan(0);
    expect(within.length).toBeLessThan(seed.length);
    await page.locator('select[name="within-mode"]').selectOption("certainly");
    await page.getByRole("spinbutton", { name: /Only reports within/ }).fill(String(km));
    await expect.poll(() => page.getByTestId("within-count").innerText()).toBe(
      `${within.length} of ${seed.length} reports certainly within ${km} km (shown), ${possiblyWithin(km).length} possibly (this filter alone; the other filters may keep fewer)`,
    );
    await waitForMapIdle(page);
    expect(await rendered(page, "reports", "id")).toEqual([...within].sort());
  });

  it("refuses a bad filter value with a message and keeps the last one", async () => {
    const filter = page.getByRole("spinbutton", { name: /Only reports within/ });
    await filter.fill("-3");
    await expect.poll(() => page.getByTestId("within-error").innerText()).toMatch(/not a distance in km/);
    await waitForMapIdle(page);
    expect(await page.getByTestId("within-count").innerText()).toBe(
      `${certainlyWithin(10).length} of ${seed.length} reports certainly within 10 km (shown), ${possiblyWithin(10).length} possibly (this filter alone; the other filters may keep fewer)`,
    );
    await filter.fill("10");
    await expect.poll(() => page.getByTestId("within-error").count()).toBe(0);
  });

  it("looks right: bands under the reports, filter at 10 km (screenshot)", async () => {
    await waitForMapIdle(page);
    await page.screenshot({ path: new URL("bands.png", SCREENSHOTS).pathname });
    await page.evaluate(() => window.__borderMap!.maplibre.jumpTo({ center: [66.6, 31.0], zoom: 8.5 }));
    await waitForMapIdle(page);
    expect((await rendered(page, "band-labels", "label")).length).toBeGreaterThan(0);
    await page.screenshot({ path: new URL("bands-close.png", SCREENSHOTS).pathname });
  });

  it("shows every report again when the filter is emptied", async () => {
    await page.evaluate(() => window.__borderMap!.maplibre.fitBounds([[60.5, 29.2], [75.2, 38.6]], { padding: 24, animate: false }));
    await page.getByRole("spinbutton", { name: /Only reports within/ }).fill("");
    await expect.poll(() => page.getByTestId("within-count").innerText()).toBe(`No distance filter: all ${seed.length} reports pass it`);
    await waitForMapIdle(page);
    expect(await rendered(page, "reports", "id")).toEqual(seed.map((r) => r.id).sort());
  });

  it("asks for nothing beyond its own origin and logs no errors", () => {
    expect(log.requests.length).toBeGreaterThan(10);
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
