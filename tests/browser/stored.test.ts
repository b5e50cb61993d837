import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { showTab } from "./support/tabs";
import { offsiteRequests, openApp, waitForMapIdle, type PageLog, drawnIds } from "./support/chromium";
import { readRepoText } from "../support/read-json";

const seed = JSON.parse(readRepoText("geodata/reports.geojson")) as { features: { properties: Record<string, unknown> }[] };
const mine = {
  type: "FeatureCollection",
  features: seed.features.slice(0, 2).map((f, i) => ({ ...f, properties: { ...f.properties, id: `mine-${i + 1}` } })),
};

const other = { type: "FeatureCollection", features: [{ ...seed.features[2]!, properties: { ...seed.features[2]!.properties, id: "other-1" } }] };


describe("an opened file kept in the browser", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(inject("baseUrl")));
    await showTab(page, "Data");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("is kept once opened, and is what the page shows after a reload", async () => {
    await expect(page.getByTestId("stored-status").textContent()).resolves.toMatch(/^Nothing kept in this browser/);
    await page.locator('input[type="file"]').setInputFiles({ name: "mine.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(mine)) });
    await page.getByTestId("dataset-status").filter({ hasText: "2 reports from mine.geojson" }).waitFor({ state: "attached" });
    await page.getByTestId("stored-status").filter({ hasText: /Kept in this browser:\s*mine\.geojson \(\d+ kB, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\), shown/ }).waitFor({ state: "attached" });

    await page.reload();
    await page.getByTestId("dataset-status").filter({ hasText: "reports from" }).waitFor({ state: "attached" });
    await showTab(page, "Data");
    await page.getByTestId("dataset-status").filter({ hasText: /^2 reports from mine\.geojson, kept in this browser since/ }).waitFor({ state: "attached" });
    await waitForMapIdle(page);
    await page.evaluate(() => window.__borderMap!.maplibre.fitBounds([[60.5, 29.2], [75.2, 38.6]], { animate: false }));
    await waitForMapIdle(page);
    expect(await drawnIds(page)).toEqual(["mine-1", "mine-2"]);
  });

  it("leaves the seed data as it is, and comes back on request", async () => {
    await page.getByRole("button", { name: "Show the seed reports" }).click();
    await page.getByTestId("dataset-status").filter({ hasText: `${seed.features.length} reports from the seed data` }).waitFor({ state: "attached" });
    await page.getByRole("button", { name: "Show mine.geojson" }).click();
    await page.getByTestId("dataset-status").filter({ hasText: /^2 reports from mine\.geojson/ }).waitFor({ state: "attached" });
  });

  it("keeps every file opened, each to show, download as it was, or delete", async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: "other.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(other)) });
    await page.getByTestId("dataset-status").filter({ hasText: "1 reports from other.geojson" }).waitFor({ state: "attached" });
    await expect.poll(() => page.getByTestId("stored-status").locator("li").allTextContents()).toEqual([
      expect.stringMatching(/^other\.geojson .*, shown/),
      expect.stringMatching(/^mine\.geojson /),
    ]);
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download mine.geojson" }).click()]);
    expect(file.suggestedFilename()).toBe("mine.geojson");
    expect(readFileSync((await file.path())!, "utf8")).toBe(JSON.stringify(mine));
    await page.getByRole("button", { name: "Delete other.geojson" }).click();
    await expect.poll(() => page.getByTestId("stored-status").locator("li").count()).toBe(1);
    // Deleting the file shown leaves the seed data for the next reload; show the other one again.
    await page.getByRole("button", { name: "Show mine.geojson" }).click();
    await page.getByTestId("dataset-status").filter({ hasText: /^2 reports from mine\.geojson/ }).waitFor({ state: "attached" });
  });

  it("is forgotten once deleted: a reload shows the seed data", async () => {
    await page.getByRole("button", { name: "Delete mine.geojson" }).click();
    await page.getByTestId("stored-status").filter({ hasText: /^Nothing kept in this browser/ }).waitFor({ state: "attached" });
    await page.reload();
    await page.getByTestId("dataset-status").filter({ hasText: "reports from" }).waitFor({ state: "attached" });
    await showTab(page, "Data");
    await page.getByTestId("dataset-status").filter({ hasText: `${seed.features.length} reports from the seed data` }).waitFor({ state: "attached" });
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
