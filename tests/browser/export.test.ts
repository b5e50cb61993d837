import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CSV_POINT_OPTIONS, ogrinfo } from "../support/ogrinfo";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { showTab } from "./support/tabs";
import { offsiteRequests, openApp, waitForMapIdle, waitForSidesMeasured, type PageLog } from "./support/chromium";
import { parseReports } from "../../src/core/io/validate-reports";
import { CSV_COLUMNS } from "../../src/core/io/export-reports";
import { EVENT_CSV_COLUMNS } from "../../src/core/io/export-events";
import { readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const seedText = readRepoText("geodata/reports.geojson");

/** Clicks a download button and returns the file's name and text. */
const downloads = mkdtempSync(join(tmpdir(), "downloads-"));

/** Clicks a download button and returns the file's name, text and where it was saved (under its own name, for GDAL). */
async function downloaded(page: Page, button: string): Promise<{ name: string; text: string; path: string }> {
  await showTab(page, "Share");
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button, exact: true }).click()]);
  await showTab(page, "Explore");
  const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, "utf8"), path };
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
    const { name, text, path } = await downloaded(page, "GeoJSON");
    expect(name).toMatch(/^border-reports-\d{4}-\d{2}-\d{2}\.geojson$/);
    const back = parseReports(text, { today: TODAY });
    // GDAL (as QGIS uses it) reads it as it is: the same points, the project's columns.
    const gdal = ogrinfo(path);
    expect([gdal.count, gdal.geometry]).toEqual([n, "Point"]);
    expect(gdal.points).toEqual(back.reports.map((r) => r.geometry.coordinates));
    expect(gdal.fields).toEqual(expect.arrayContaining(["id", "event_date", "killed", "source_url", "border_distance_m", "border_side"]));
    expect(back.issues).toEqual([]);
    expect(back.reports).toHaveLength(n);
    expect(back.reports.every((r) => (r.properties.killed ?? -1) >= 4)).toBe(true);
    const raw = JSON.parse(text) as { features: { properties: { border_distance_m?: number } }[] };
    expect(raw.features.every((f) => typeof f.properties.border_distance_m === "number")).toBe(true);
  });

  it("as CSV with ACLED's columns, one row a report", async () => {
    const n = await kept(page);
    const { name, text, path } = await downloaded(page, "CSV (ACLED columns)");
    expect(name).toMatch(/\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const gdal = ogrinfo(path, CSV_POINT_OPTIONS);
    expect([gdal.count, gdal.geometry]).toEqual([n, "Point"]);
    expect(gdal.fields).toEqual([...CSV_COLUMNS]);
    expect(gdal.points).toEqual(parsed.data.map((r) => [Number(r.longitude), Number(r.latitude)]));
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
    const eventsFile = await downloaded(page, "Events as GeoJSON");
    const geojson = JSON.parse(eventsFile.text) as { features: { properties: { report_ids: string; reports: number } }[] };
    expect(geojson.features).toHaveLength(events);
    expect(ogrinfo(eventsFile.path).count).toBe(events);
    const ids = geojson.features.flatMap((f) => f.properties.report_ids.split(";"));
    expect(ids.sort()).toEqual(parseReports(seedText, { today: TODAY }).reports.map((r) => r.properties.id).sort());
    expect(geojson.features.every((f) => f.properties.report_ids.split(";").length === f.properties.reports)).toBe(true);
    const eventsCsv = await downloaded(page, "Events as CSV");
    const csv = Papa.parse<Record<string, string>>(eventsCsv.text, { header: true, skipEmptyLines: true });
    expect([ogrinfo(eventsCsv.path, CSV_POINT_OPTIONS).count, ogrinfo(eventsCsv.path, CSV_POINT_OPTIONS).geometry]).toEqual([events, "Point"]);
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
    await fresh.getByTestId("dataset-status").filter({ hasText: "reports from" }).waitFor({ state: "attached" });
    await fresh.locator('input[type="file"]').setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    await fresh.getByTestId("dataset-status").filter({ hasText: new RegExp(`^${n} reports from the seed data .*, from the snapshot file ${name}`) }).waitFor({ state: "attached" });
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
    await page.getByTestId("dataset-status").filter({ hasText: "hostile.geojson" }).waitFor({ state: "attached" });
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
