import type { FeatureCollection, LineString, Point } from "geojson";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { borderIndexFromGeoJson } from "../../src/core/distance/border-index";
import { BorderDistanceMeasurer } from "../../src/core/distance/distance-to-border";
import { readRepoJson } from "../support/read-json";
import { drawnIds, offsiteRequests, openApp, showWholeLine, waitForMapIdle, waitForSidesMeasured, type PageLog } from "./support/chromium";
import { screenshot } from "./support/screenshots";

type SeedProperties = { id: string; accuracy_m: number };

/** Each seed report's distance to the border (the core measurer, in Node, on the geodata files) and its accuracy. */
function seedReports(): { id: string; distanceM: number; accuracyM: number }[] {
  const durand = readRepoJson<FeatureCollection<LineString>>("geodata/durand-line.geojson");
  const measurer = new BorderDistanceMeasurer(borderIndexFromGeoJson(durand));
  const seed = readRepoJson<FeatureCollection<Point, SeedProperties>>("geodata/reports.geojson");
  return seed.features.map((f) => ({
    id: f.properties.id,
    distanceM: measurer.distance(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!).distanceM,
    accuracyM: f.properties.accuracy_m,
  }));
}

/**
 * Brute force: the true place lies up to r metres either way along the line's
 * normal, |d + s| from it for s from −r to r. Every whole metre is tried, and
 * the extremes (s = ±r, and s = −d where the place may lie on the line).
 */
function trueDistances(d: number, r: number): number[] {
  const out = [Math.abs(d - r), d + r];
  if (d <= r) out.push(0);
  for (let s = -Math.floor(r); s <= r; s++) out.push(Math.abs(d + s));
  return out;
}

describe('"within 5 km": certainly and possibly, counted and drawn', () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  const seed = seedReports();
  const within = (km: number) => {
    const possibly = seed.filter((r) => trueDistances(r.distanceM, r.accuracyM).some((t) => t <= km * 1000)).map((r) => r.id);
    const certainly = seed.filter((r) => trueDistances(r.distanceM, r.accuracyM).every((t) => t <= km * 1000)).map((r) => r.id);
    return { possibly, certainly };
  };

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(inject("baseUrl")));
    await waitForSidesMeasured(page);
    await showWholeLine(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("keeps by default every report that may lie within 5 km, and says how many certainly do", async () => {
    const { possibly, certainly } = within(5);
    // Not vacuous: the two modes differ on the seed data, and the best estimate alone (the old filter) gave neither.
    expect(certainly.length).toBeGreaterThan(0);
    expect(possibly.length).toBeGreaterThan(certainly.length);
    const best = seed.filter((r) => r.distanceM <= 5_000).length;
    expect([possibly.length, certainly.length]).not.toContain(best);

    await page.locator('input[name="filter-distance-to"]').fill("5");
    await expect(page.locator('input[name="filter-distance-mode"][value="possibly"]').isChecked()).resolves.toBe(true);
    await page.getByTestId("distance-keeps").filter({ hasText: `(keeps ${certainly.length} certainly within, ${possibly.length} possibly within)` }).waitFor({ state: "attached" });
    await page.getByTestId("filter-status").filter({ hasText: `${possibly.length} of ${seed.length} reports shown` }).waitFor();
    await expect.poll(() => page.getByTestId("within-count").innerText()).toBe(
      `${possibly.length} of ${seed.length} reports possibly within 5 km (shown), ${certainly.length} certainly (this filter alone; the other filters may keep fewer)`,
    );
    await waitForMapIdle(page);
    expect(await drawnIds(page)).toEqual([...possibly].sort());
    expect(new URL(page.url()).hash).not.toContain("kmmode");
  });

  it("keeps only the reports certainly within 5 km when asked, on the map too, and the link says so", async () => {
    const { possibly, certainly } = within(5);
    await page.getByRole("radio", { name: /^certainly in the band/ }).check();
    await page.getByTestId("filter-status").filter({ hasText: `${certainly.length} of ${seed.length} reports shown` }).waitFor();
    await expect(page.getByTestId("distance-keeps").innerText()).resolves.toBe(`(keeps ${certainly.length} certainly within, ${possibly.length} possibly within)`);
    await expect.poll(() => page.getByTestId("within-count").innerText()).toBe(
      `${certainly.length} of ${seed.length} reports certainly within 5 km (shown), ${possibly.length} possibly (this filter alone; the other filters may keep fewer)`,
    );
    await expect(page.locator('select[name="within-mode"]').inputValue()).resolves.toBe("certainly");
    await waitForMapIdle(page);
    expect(await drawnIds(page)).toEqual([...certainly].sort());
    await expect.poll(() => new URL(page.url()).hash).toContain("kmmode=certainly");
  });

  it("looks right (screenshot of the filter panel)", async () => {
    await page.locator("section.filters").scrollIntoViewIfNeeded();
    await page.locator("section.filters").screenshot({ path: new URL("../../test-results/distance-modes-filter-panel.png", import.meta.url).pathname });
    await screenshot(page, "distance-modes.png");
  });

  it("lists a district-level report with its range beside the figure", async () => {
    await page.getByRole("radio", { name: /^possibly in the band/ }).check();
    const wardag = seed.find((r) => r.id === "2025-11-06-wardag-article")!;
    // 6.4 km measured, ±30 km: the true place lies 0 to 36 km from the line (hand-rounded: km to one decimal below 10, whole above).
    const upper = Math.round((wardag.distanceM + wardag.accuracyM) / 1000);
    const text = await page.locator(`tr[data-report-id="${wardag.id}"] td`).nth(4).innerText();
    expect(text).toBe(`${(wardag.distanceM / 1000).toFixed(1)} km (0–${upper} km)`);
    await expect(page.getByRole("button", { name: /^Border: best estimate/ }).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: /^nearest possible/ }).count()).resolves.toBe(1);
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
