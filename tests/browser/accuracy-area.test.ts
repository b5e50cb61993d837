import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { offsiteRequests, openApp, waitForMapIdle, type PageLog } from "./support/chromium";
import { pngDifference } from "./support/png";
import { screenshot } from "./support/screenshots";
import { readRepoJson } from "../support/read-json";

type Seed = { geometry: { coordinates: [number, number] }; properties: { id: string; accuracy_m: number | null } };
const seed = readRepoJson<{ features: Seed[] }>("geodata/reports.geojson").features;
/** A district-level report: the seed's least exact position (±30 km at Spin Boldak). */
const district = [...seed].sort((a, b) => (b.properties.accuracy_m ?? 0) - (a.properties.accuracy_m ?? 0)).find((f) => f.geometry.coordinates[0] < 67)!;

/** Most a view entirely inside an accuracy area may be tinted: 8% of the way to its colour. */
const MAX_FILL_OPACITY = 0.08;

/** The map's canvas as a PNG, as the page shows it. */
async function mapPng(page: Page): Promise<Buffer> {
  return page.locator(".maplibregl-canvas").screenshot();
}

describe("a selected report's accuracy area", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    const [lon, lat] = district.geometry.coordinates;
    ({ browser, page, log } = await openApp(`${inject("baseUrl")}#map=11/${lat}/${lon}`));
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("is wider than the view at zoom 11, drawn with a light fill and a dashed outline", async () => {
    expect(district.properties.accuracy_m).toBeGreaterThanOrEqual(20_000);
    // Below and left of the report: inside its circle, clear of the popup (above it) and of the places' labels.
    const size = { width: 120, height: 80 };
    const at = await page.evaluate(() => {
      const c = window.__borderMap!.maplibre.getCanvas();
      return { x: Math.round(c.clientWidth / 2 - 300), y: Math.round(c.clientHeight / 2 + 120) };
    });
    const before = await mapPng(page);
    await page.evaluate(({ id, at }) => window.__borderMap!.selectReports([id], at), { id: district.properties.id, at: district.geometry.coordinates });
    await expect.poll(() => page.evaluate(() => window.__borderMap!.maplibre.queryRenderedFeatures({ layers: ["report-accuracy-line"] }).length), { timeout: 20_000 }).toBeGreaterThan(0);
    await waitForMapIdle(page);
    const after = await mapPng(page);
    await screenshot(page, "accuracy-area-z11.png");

    const paint = await page.evaluate(() => {
      const map = window.__borderMap!.maplibre;
      return {
        fillOpacity: map.getPaintProperty("report-accuracy-fill", "fill-opacity") as number,
        dash: map.getPaintProperty("report-accuracy-line", "line-dasharray") as number[] | undefined,
        lineWidth: map.getPaintProperty("report-accuracy-line", "line-width") as number,
      };
    });
    expect(paint.fillOpacity).toBeGreaterThan(0);
    expect(paint.fillOpacity).toBeLessThanOrEqual(MAX_FILL_OPACITY);
    expect(paint.dash?.length).toBeGreaterThanOrEqual(2);
    expect(paint.lineWidth).toBeGreaterThanOrEqual(1);

    // The view inside the circle changes, but by less than the most the fill may tint it.
    const difference = await pngDifference(page, before, at, after, at, size);
    expect(difference).toBeGreaterThan(0);
    expect(difference).toBeLessThan(255 * MAX_FILL_OPACITY);
  });

  it("shows its whole dashed outline around the report at zoom 9", async () => {
    await page.evaluate(() => window.__borderMap!.maplibre.setZoom(9));
    await waitForMapIdle(page);
    await screenshot(page, "accuracy-area-z9.png");
    const drawn = await page.evaluate(() => window.__borderMap!.maplibre.queryRenderedFeatures({ layers: ["report-accuracy-line"] }).map((f) => String(f.properties?.id)));
    expect(drawn).toContain(district.properties.id);
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
