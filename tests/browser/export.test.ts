import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { offsiteRequests, openApp, waitForMapIdle, waitForSidesMeasured, type PageLog } from "./support/chromium";
import { parseReports } from "../../src/core/validate-reports";
import { CSV_COLUMNS } from "../../src/core/export-reports";
import { EVENT_CSV_COLUMNS } from "../../src/core/export-events";
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

  it("the events view's events, as GeoJSON and CSV, each report in exactly one", async () => {
    await page.getByRole("radio", { name: /^Events/ }).check();
    const status = (await page.getByTestId("events-status").filter({ hasText: /\d+ events from 12 reports/ }).textContent())!;
    const events = Number(/(\d+) events from/.exec(status)![1]);
    const geojson = JSON.parse((await downloaded(page, "Events as GeoJSON")).text) as { features: { properties: { report_ids: string; reports: number } }[] };
    expect(geojson.features).toHaveLength(events);
    const ids = geojson.features.flatMap((f) => f.properties.report_ids.split(";"));
    expect(ids.sort()).toEqual(parseReports(seedText).reports.map((r) => r.properties.id).sort());
    expect(geojson.features.every((f) => f.properties.report_ids.split(";").length === f.properties.reports)).toBe(true);
    const csv = Papa.parse<Record<string, string>>((await downloaded(page, "Events as CSV")).text, { header: true, skipEmptyLines: true });
    expect(csv.meta.fields).toEqual([...EVENT_CSV_COLUMNS]);
    expect(csv.data.map((r) => r.report_ids)).toEqual(geojson.features.map((f) => f.properties.report_ids));
    await page.getByRole("radio", { name: /^Each report/ }).check();
  });

  it("a snapshot file that opens, in a fresh browser, the same reports in the same view", async () => {
    await page.locator('input[name="filter-killed"]').fill("4");
    await page.getByTestId("filter-status").filter({ hasNotText: /^12 of/ }).waitFor();
    const n = await kept(page);
    const hash = new URL(page.url()).hash;
    const { name, text } = await downloaded(page, "Snapshot file");
    expect(name).toMatch(/^border-snapshot-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(text) as { type: string; view: string; reports: { features: unknown[] } };
    expect([file.type, `#${file.view}`, file.reports.features.length]).toEqual(["border-incident-map-snapshot", hash, n]);

    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const fresh = await other.newPage();
    await fresh.goto(inject("baseUrl"));
    await fresh.getByTestId("dataset-status").filter({ hasText: "reports from" }).waitFor();
    await fresh.locator('input[type="file"]').setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    await fresh.getByTestId("dataset-status").filter({ hasText: new RegExp(`^${n} reports from the seed data .*, from the snapshot file ${name}`) }).waitFor();
    await expect.poll(() => kept(fresh)).toBe(n);
    expect(new URL(fresh.url()).hash).toBe(hash);
    expect(await fresh.locator('input[name="filter-killed"]').inputValue()).toBe("4");
    await other.close();
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
