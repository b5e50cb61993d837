import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { showTab } from "./support/tabs";
import { offsiteRequests, openApp, waitForMapIdle, type PageLog } from "./support/chromium";
import { readRepoText } from "../support/read-json";
import { contentSecurityPolicy } from "../../build/csp";

const seed = JSON.parse(readRepoText("geodata/reports.geojson")) as { features: { type: string; geometry: unknown; properties: Record<string, unknown> }[] };
/** Markup and script in every text a report shows, each of which would set `window.__xss` if it ran. */
const HOSTILE = {
  location: '<img src="x-location" onerror="window.__xss=\'location\'">Spin Boldak',
  notes: "<script>window.__xss='notes'</script><b onmouseover=\"window.__xss='hover'\">bold</b>",
  source: "\u202Eevil source\u202C <svg onload=\"window.__xss='source'\">",
  actor1: "<iframe src=\"javascript:window.parent.__xss='actor'\"></iframe>",
};
const base = seed.features[0]!;
const file = {
  type: "FeatureCollection",
  features: [
    { ...base, properties: { ...base.properties, id: "hostile-1", ...HOSTILE } },
    { ...base, properties: { ...base.properties, id: "hostile-js-url", source_url: "javascript:window.__xss='url'" } },
    { ...base, properties: { ...base.properties, id: "hostile-data-url", source_url: "data:text/html,<script>window.__xss='data'</script>" } },
  ],
};
const csv = `event_id_cnty,event_date,time_precision,event_type,sub_event_type,location,latitude,longitude,geo_precision,source,notes,fatalities
CSV1,15 October 2025,1,Battles,Armed clash,"<img src=x-csv onerror=""window.__xss='csv'"">",31.00575,66.40001,1,=HYPERLINK("http://example.invalid"),"<script>window.__xss='csv-notes'</script>",2
`;

describe("a hostile file", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  const violations: string[] = [];

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(inject("baseUrl")));
    await page.exposeFunction("__violation", (v: string) => violations.push(v));
    await page.evaluate(() => document.addEventListener("securitypolicyviolation", (e) => void (window as unknown as { __violation: (v: string) => void }).__violation(e.violatedDirective)));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("is served a page whose policy allows no inline script and no connection beyond its origin", () => {
    const html = readFileSync(new URL("../../dist/index.html", import.meta.url), "utf8");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(false)}" />`);
    expect(contentSecurityPolicy(false)).toMatch(/script-src 'self';/);
    expect(contentSecurityPolicy(false)).toMatch(/connect-src 'self';/);
    // Every script of the page is a file of its own origin.
    expect([...html.matchAll(/<script\b[^>]*>/g)].every((m) => /\bsrc="\.\//.test(m[0]))).toBe(true);
  });

  it("the policy is in force: an inline script the page did not ship does not run", async () => {
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inline = true";
      document.body.appendChild(s);
    });
    await expect.poll(() => violations).toContain("script-src-elem");
    expect(await page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline)).toBeUndefined();
  });

  it("shows its text as text in the list, the popup and the problems, runs none of it, and links only to http(s)", async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: "hostile.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByTestId("dataset-status").filter({ hasText: "1 reports from hostile.geojson; 3 problems found" }).waitFor({ state: "attached" });
    const problems = await page.getByTestId("issues").locator("li").allTextContents();
    expect(problems).toEqual([
      expect.stringMatching(/^Feature 1 \(id "hostile-1"\), field "source": warning: contains a Unicode direction control \(U\+202E\)/),
      expect.stringMatching(/^Feature 2 \(id "hostile-js-url"\), field "source_url": must be an http\(s\) address/),
      expect.stringMatching(/^Feature 3 \(id "hostile-data-url"\), field "source_url": must be an http\(s\) address/),
    ]);
    await waitForMapIdle(page);
    await page.evaluate(() => window.__borderMap!.openReport("hostile-1"));
    const popup = page.locator(".report-popup");
    await popup.waitFor();
    await expect(popup.textContent()).resolves.toContain(HOSTILE.location);
    await expect(popup.textContent()).resolves.toContain("<script>window.__xss='notes'</script>");
    await popup.hover();
    // No element the data named was made: no img, script, svg or iframe inside the popup or the list.
    await expect(page.locator(".report-popup img, .report-popup script, .report-popup svg, .report-popup iframe, .report-popup b").count()).resolves.toBe(0);
    const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.every((h) => /^(https?|blob):/.test(h)), hrefs.join(" ")).toBe(true);
  });

  it("a hostile CSV too, and a PNG of it", async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: "hostile.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByTestId("dataset-status").filter({ hasText: "1 reports from hostile.csv" }).waitFor({ state: "attached" });
    await waitForMapIdle(page);
    await page.evaluate(() => window.__borderMap!.openReport("CSV1"));
    await page.locator(".report-popup").waitFor();
    await showTab(page, "Share");
    await page.getByLabel("Size").selectOption("screen");
    await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save PNG" }).click()]);
  });

  it("ran nothing and asked nothing of any other host, nor of the addresses its markup named", async () => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.requests.filter((r) => /x-location|x-csv|javascript:|data:text\/html/.test(r))).toEqual([]);
    // The one error is the policy refusing the test's own inline script, once.
    expect(log.errors).toEqual([expect.stringMatching(/^console: Executing inline script violates the following Content Security Policy directive 'script-src 'self''/)]);
    expect(violations).toEqual(["script-src-elem"]);
  });
});
