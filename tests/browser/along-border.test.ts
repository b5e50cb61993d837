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

/** Each seed report's date and position along the border, from the core measurer in Node. */
function seedAlong(): { id: string; date: string; alongKm: number }[] {
  const durand = readRepoJson<FeatureCollection<LineString>>("geodata/durand-line.geojson");
  const measurer = new BorderDistanceMeasurer(borderIndexFromGeoJson(durand));
  const seed = readRepoJson<FeatureCollection<Point, { id: string; event_date: string }>>("geodata/reports.geojson");
  return seed.features.map((f) => ({
    id: f.properties.id,
    date: f.properties.event_date,
    alongKm: measurer.distance(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!).alongKm,
  }));
}

function renderedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const features = window.__borderMap!.maplibre.queryRenderedFeatures({ layers: ["reports"] });
    return [...new Set(features.map((f) => String(f.properties?.id)))].sort();
  });
}

describe("the chart of reports along the border against date", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  const seed = seedAlong();

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    ({ browser, page, log } = await openApp(inject("baseUrl"), { width: 1280, height: 1000 }));
    await page.getByTestId("along-count").filter({ hasText: `${seed.length} reports placed along the border` }).waitFor({ state: "attached", timeout: 60_000 });
    await waitForMapIdle(page);
    await showTab(page, "Measure");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("plots every report, a span for those known only to the week", async () => {
    const chart = page.getByTestId("along-border-chart");
    expect(await chart.locator("[data-report-id]").count()).toBe(seed.length);
    expect(await chart.locator("line[data-report-id]").count()).toBe(4); // the four accounts dated to the week of 2025-11-06
  });

  it("shows on the map only the reports in a stretch and period typed into the fields", async () => {
    // The stretch from 700 to 800 km holds Spin Boldak, Weesh and Chaman; the period, mid-October.
    await page.getByLabel("From km").fill("700");
    await page.getByLabel("to km").fill("800");
    await page.getByLabel("From", { exact: true }).fill("2025-10-10");
    await page.getByLabel("to", { exact: true }).fill("2025-10-20");
    const expected = seed.filter((r) => r.alongKm >= 700 && r.alongKm <= 800 && r.date >= "2025-10-10" && r.date <= "2025-10-20").map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(seed.length);
    await expect.poll(() => page.getByTestId("along-count").innerText()).toContain(`${expected.length} of ${seed.length} reports in the selection`);
    await waitForMapIdle(page);
    expect(await renderedIds(page)).toEqual(expected);
  });

  it("selects by dragging a rectangle on the chart, and clears", async () => {
    await page.getByRole("button", { name: "Clear selection" }).click();
    await waitForMapIdle(page);
    expect(await renderedIds(page)).toHaveLength(seed.length);
    // Drag over the upper half of the chart: from km about 1,400 up, every date.
    const box = (await page.getByTestId("along-border-chart").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.16, box.y + box.height * 0.05);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.99, box.y + box.height * 0.45, { steps: 5 });
    await page.mouse.up();
    const count = await page.getByTestId("along-count").innerText();
    const [kept] = count.match(/^\d+/) ?? ["0"];
    await waitForMapIdle(page);
    const shown = await renderedIds(page);
    expect(shown.length).toBe(Number(kept));
    // Only the Kurram report lies that far along (Parachinar, near the Khyber stretch).
    expect(shown).toEqual(seed.filter((r) => r.alongKm > 1300).map((r) => r.id));
    await page.screenshot({ path: new URL("along-border.png", SCREENSHOTS).pathname });
  });

  it("asks for nothing beyond its own origin and logs no errors", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
