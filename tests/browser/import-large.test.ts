import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openApp, type PageLog } from "./support/chromium";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";
import { reportsToCsv } from "../../src/core/io/export-reports";
import { readRepoJson } from "../support/read-json";

/** Rows of synthetic reports (seeded, marked synthetic) that make a CSV of over 50 MB. */
const ROWS = 230_000;

describe("a 50 MB CSV", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  let file: string;

  beforeAll(async () => {
    const line = readRepoJson<{ features: { geometry: { coordinates: number[][] } }[] }>("geodata/durand-line.geojson");
    const reports = syntheticReports(ROWS, { anchors: line.features[0]!.geometry.coordinates, seed: 5 }).features;
    file = join(mkdtempSync(join(tmpdir(), "large-")), "synthetic-50mb.csv");
    writeFileSync(file, reportsToCsv(reports.map((r) => ({ properties: r.properties, lon: r.geometry.coordinates[0]!, lat: r.geometry.coordinates[1]! }))));
    ({ browser, page, log } = await openApp(inject("baseUrl")));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("imports in a worker: the progress bar moves while the page keeps answering, and every row arrives", async () => {
    expect(statSync(file).size).toBeGreaterThan(50 * 1024 * 1024);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByTestId("reading-status").waitFor({ state: "attached" });
    // While the worker reads, the page renders each step of the bar: the main thread is free.
    const seen = new Set<string>();
    while (await page.getByTestId("reading-status").count()) {
      const text = await page.getByTestId("reading-status").textContent().catch(() => null);
      const percent = text?.match(/(\d+) %/)?.[1];
      if (percent) seen.add(percent);
      await page.waitForTimeout(50);
    }
    const steps = [...seen].map(Number).filter((p) => p > 0 && p < 100);
    expect(steps.length, `progress seen: ${[...seen].join(", ")}`).toBeGreaterThanOrEqual(3);
    await page.getByTestId("dataset-status").filter({ hasText: `${ROWS.toLocaleString("en")} reports from synthetic-50mb.csv` }).waitFor({ state: "attached", timeout: 120_000 });
    await expect(page.getByTestId("issues").count()).resolves.toBe(0);
    expect(log.errors).toEqual([]);
  }, 240_000);
});
