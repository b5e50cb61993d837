import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { offsiteRequests, openApp, waitForMapIdle, waitForSidesMeasured, type PageLog } from "./support/chromium";
import { parseReports } from "../../src/core/validate-reports";
import { CSV_COLUMNS } from "../../src/core/export-reports";
import { readRepoText } from "../support/read-json";

const seedText = readRepoText("geodata/reports.geojson");

/** Clicks a download button and returns the file's name and text. */
async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
}

function kept(page: Page): Promise<number> {
  return page.getByTestId("filter-status").textContent().then((t) => Number((t ?? "").match(/^([\d,]+) of/)![1]!.replace(/,/g, "")));
}

describe("downloading the reports shown", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(inject("baseUrl")));
    await waitForSidesMeasured(page);
    await waitForMapIdle(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("as GeoJSON the app reads back, only the reports the filters keep", async () => {
    await page.locator('input[name="filter-killed"]').fill("4");
    await page.getByTestId("filter-status").filter({ hasNotText: /^12 of/ }).waitFor();
    const n = await kept(page);
    const { name, text } = await downloaded(page, "GeoJSON");
    expect(name).toMatch(/^border-reports-\d{4}-\d{2}-\d{2}\.geojson$/);
    const back = parseReports(text);
    expect(back.issues).toEqual([]);
    expect(back.reports).toHaveLength(n);
    expect(back.reports.every((r) => (r.properties.killed ?? -1) >= 4)).toBe(true);
    const raw = JSON.parse(text) as { features: { properties: { border_distance_m?: number } }[] };
    expect(raw.features.every((f) => typeof f.properties.border_distance_m === "number")).toBe(true);
  });

  it("as CSV with ACLED's columns, one row a report", async () => {
    const n = await kept(page);
    const { name, text } = await downloaded(page, "CSV (ACLED columns)");
    expect(name).toMatch(/\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(n);
    expect(parsed.data.every((row) => Number(row.border_distance_km) >= 0 && ["AF", "PK", "none"].includes(row.border_side!))).toBe(true);
    await page.getByRole("button", { name: "Clear all" }).click();
  });

  it("neutralises a formula a file brought in", async () => {
    const seed = JSON.parse(seedText) as { type: string; features: { properties: Record<string, unknown> }[] };
    const hostile = { ...seed.features[0]!, properties: { ...seed.features[0]!.properties, id: "hostile-1", location: '=HYPERLINK("http://example.invalid","click")' } };
    const file = JSON.stringify({ type: "FeatureCollection", features: [hostile] });
    await page.locator('input[type="file"]').setInputFiles({ name: "hostile.geojson", mimeType: "application/geo+json", buffer: Buffer.from(file) });
    await page.getByTestId("dataset-status").filter({ hasText: "hostile.geojson" }).waitFor();
    await expect.poll(() => kept(page)).toBe(1);
    const { text } = await downloaded(page, "CSV (ACLED columns)");
    const [row] = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(row!.location).toBe(`'=HYPERLINK("http://example.invalid","click")`);
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
