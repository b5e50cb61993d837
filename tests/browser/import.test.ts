import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { showTab } from "./support/tabs";
import { offsiteRequests, openApp, waitForMapIdle, type PageLog, drawnIds } from "./support/chromium";
import { importReports } from "../../src/core/io/import-reports";
import { formatIssue } from "../../src/core/io/validate-reports";
import { ISSUE_COLUMNS } from "../../src/core/io/issues-file";
import { readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const malformed = readRepoText("tests/fixtures/acled-malformed.csv");
const kml = readRepoText("tests/fixtures/reports.kml");


async function showWholeBorder(page: Page): Promise<void> {
  await waitForMapIdle(page);
  await page.evaluate(() => window.__borderMap!.maplibre.fitBounds([[60.5, 29.2], [75.2, 38.6]], { animate: false }));
  await waitForMapIdle(page);
}

describe("opening files of reports", () => {
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

  it("a malformed ACLED CSV: its valid rows on the map, every bad row listed by number and field, the list downloadable", async () => {
    const expected = importReports(malformed, "acled-malformed.csv", { today: TODAY });
    // What the core reads of the fixture, as a person checking it by eye would: 3 rows kept, 8 problems.
    expect(expected.reports.map((r) => r.properties.id)).toEqual(["TESTM1", "TESTM6", "TESTM10"]);
    await page.locator('input[type="file"]').setInputFiles("tests/fixtures/acled-malformed.csv");
    await page.getByTestId("dataset-status").filter({ hasText: "3 reports from acled-malformed.csv; 8 problems found" }).waitFor({ state: "attached" });
    const listed = await page.getByTestId("issues").locator("li").allTextContents();
    expect(listed).toEqual(expected.issues.map(formatIssue));
    expect(listed).toContain('Row 2 (id "TESTM2"), field "event_date": is not a day of the calendar (February 2025 has 28 days), got "2025-02-30"');
    expect(listed).toContain('Row 4 (id "TESTM4"), field "fatalities": must be a whole number of 0 or more, got -3');

    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Download the 8 problems/ }).click()]);
    expect(file.suggestedFilename()).toBe("problems-acled-malformed.csv.csv");
    const rows = Papa.parse<Record<string, string>>(readFileSync((await file.path())!, "utf8"), { header: true, skipEmptyLines: true });
    expect(rows.meta.fields).toEqual([...ISSUE_COLUMNS]);
    expect(rows.data.map((r) => [r.row_or_feature, r.number, r.field])).toEqual(expected.issues.map((i) => [i.unit ?? "feature", String(i.feature), i.field]));

    await showWholeBorder(page);
    expect(await drawnIds(page)).toEqual(["TESTM1", "TESTM10", "TESTM6"]);
  });

  it("keeps the CSV after a reload, read again to the same reports and problems", async () => {
    await page.reload();
    await page.getByTestId("dataset-status").filter({ hasText: "reports from" }).waitFor({ state: "attached" });
    await showTab(page, "Data");
    await page.getByTestId("dataset-status").filter({ hasText: /^3 reports from acled-malformed\.csv, kept in this browser since .*; 8 problems found$/ }).waitFor({ state: "attached" });
    await showWholeBorder(page);
    expect(await drawnIds(page)).toEqual(["TESTM1", "TESTM10", "TESTM6"]);
  });

  it("a KML file dropped on the page", async () => {
    const expected = importReports(kml, "reports.kml", { today: TODAY });
    expect(expected.reports.length).toBeGreaterThan(0);
    // A real drop: a DataTransfer holding the file, over the page and onto it.
    const transfer = await page.evaluateHandle(
      ([text]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text!], "reports.kml", { type: "application/vnd.google-earth.kml+xml" }));
        return dt;
      },
      [kml],
    );
    await page.dispatchEvent(".app", "dragover", { dataTransfer: transfer });
    await page.locator(".app__drop").waitFor();
    await page.dispatchEvent(".app__map", "drop", { dataTransfer: transfer });
    await page.getByTestId("dataset-status").filter({ hasText: `${expected.reports.length} reports from reports.kml` }).waitFor({ state: "attached" });
    await expect(page.locator(".app__drop").count()).resolves.toBe(0);
    await expect.poll(() => page.getByTestId("issues").locator("li").allTextContents()).toEqual(expected.issues.map(formatIssue));
    await showWholeBorder(page);
    expect(await drawnIds(page)).toEqual(expected.reports.map((r) => r.properties.id).sort());
  });

  it("a file that gives no report (a picture) leaves the reports shown as they were, and says why", async () => {
    const before = await page.getByTestId("dataset-status").textContent();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await page.locator('input[type="file"]').setInputFiles({ name: "picture.png", mimeType: "image/png", buffer: png });
    await page.getByTestId("rejected").filter({ hasText: "picture.png could not be opened" }).waitFor();
    await expect(page.getByTestId("rejected").locator("li").allTextContents()).resolves.toEqual([expect.stringMatching(/^File: is not a text file of reports: it looks like a PNG image\./)]);
    expect(await page.getByTestId("dataset-status").textContent()).toBe(before);
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
