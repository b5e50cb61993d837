import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { offsiteRequests, openApp, waitForMapIdle, type PageLog } from "./support/chromium";
import { screenshot } from "./support/screenshots";
import { seriousViolations } from "./support/axe";
import { showTab, type TabName } from "./support/tabs";
import { readRepoJson } from "../support/read-json";

const seed = readRepoJson<{ features: { properties: { id: string } }[] }>("geodata/reports.geojson").features;
const TABS: TabName[] = ["Explore", "Measure", "Share", "Data"];
/** The offline basemap's extent (public/basemap: Natural Earth cut to 58–78° E, 23–40° N). */
const BASEMAP_NORTH = 40;

/** Every element showing text of its own, with its computed font size (px). */
function textSizes(page: Page): Promise<{ text: string; size: number }[]> {
  return page.evaluate(() => {
    const out: { text: string; size: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest("[hidden], .visually-hidden, .maplibregl-ctrl-attrib")) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      out.push({ text: n.textContent.trim().slice(0, 40), size: parseFloat(getComputedStyle(el).fontSize) });
    }
    return out;
  });
}

/** Opens the popup of one seed report at Spin Boldak, zoomed in. */
async function openSpinBoldakPopup(page: Page): Promise<void> {
  await page.evaluate(() => window.__borderMap!.maplibre.jumpTo({ center: [66.43, 30.99], zoom: 10 }));
  await waitForMapIdle(page);
  const id = seed[0]!.properties.id;
  await page.evaluate((id) => window.__borderMap!.openReport(id), id);
  await page.locator(".maplibregl-popup").waitFor();
  // Opening may move the map (and the popup with it): measure the popup once it is still.
  await waitForMapIdle(page);
}

/** Each check of axe-core at one size: every tab, a report's popup and the events view. */
function checksAccessibility(size: () => { page: Page; name: string }) {
  for (const tab of TABS) {
    it(`has no serious or critical accessibility violation in the ${tab} tab`, async () => {
      const { page, name } = size();
      await showTab(page, tab);
      await page.waitForTimeout(200);
      await screenshot(page, `tab-${tab.toLowerCase()}-${name}.png`, `tab-${tab.toLowerCase()}-${name}.png`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it("has none with a report's popup open", async () => {
    const { page } = size();
    await page.keyboard.press("Escape");
    await openSpinBoldakPopup(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator(".maplibregl-popup-close-button").click();
  });

  it("has none in the events view", async () => {
    const { page, name } = size();
    await showTab(page, "Explore");
    await page.getByRole("radio", { name: /^Events/ }).check();
    await page.getByTestId("events-status").filter({ hasText: /events from/ }).waitFor({ state: "attached" });
    await waitForMapIdle(page);
    await screenshot(page, `events-view-${name}.png`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("radio", { name: /^Each report/ }).check();
  });
}

describe("at laptop size (1280 × 800)", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(inject("baseUrl")));
    await waitForMapIdle(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the map, a legend on it and a one-line summary on the first screen", async () => {
    const map = (await page.locator(".maplibregl-canvas").boundingBox())!;
    expect(map.width).toBeGreaterThan(1280 / 2);
    const legend = (await page.locator(".map-legend").boundingBox())!;
    const summary = (await page.locator(".map-summary").boundingBox())!;
    for (const box of [legend, summary]) {
      expect(box.x).toBeGreaterThanOrEqual(map.x);
      expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    }
    expect(summary.height).toBeLessThan(30); // one line
    await expect(page.getByTestId("map-summary").textContent()).resolves.toMatch(new RegExp(`^${seed.length} of ${seed.length} reports \\(no filter\\) · \\d+ in view$`));
    // The legend names what the map draws: the line, the province, and each sub-event type of the shown reports.
    const items = await page.locator(".map-legend__item").allTextContents();
    expect(items.some((t) => t.includes("Durand Line"))).toBe(true);
    expect(items.some((t) => t.includes("Shelling/artillery/missile attack"))).toBe(true);
  });

  it("folds the legend to a button and opens it again", async () => {
    const toggle = page.getByRole("button", { name: "Legend" });
    await toggle.click();
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(page.locator(".map-legend__item").first().isVisible()).resolves.toBe(false);
    await toggle.click();
    await expect(page.locator(".map-legend__item").first().isVisible()).resolves.toBe(true);
  });

  it("says in the summary what a filter keeps, and clears it from there", async () => {
    await showTab(page, "Explore");
    await page.locator('input[name="filter-killed"]').fill("10");
    await page.getByTestId("map-summary").filter({ hasText: "(at least 10 killed)" }).waitFor();
    const summary = (await page.getByTestId("map-summary").textContent())!;
    const panel = (await page.getByTestId("filter-status").textContent())!;
    // The same count as the filter panel's.
    expect(summary.match(/^(\d+) of/)![1]).toBe(panel.match(/^(\d+) of/)![1]);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByTestId("map-summary").filter({ hasText: "(no filter)" }).waitFor();
    await expect(page.locator('input[name="filter-killed"]').inputValue()).resolves.toBe("");
  });

  it("puts each job's controls in its own tab, each reached from the tab list", async () => {
    const where: Record<TabName, string> = {
      Explore: 'input[name="filter-killed"]',
      Measure: 'input[name="bands"]',
      Share: 'input[name="share-link"]',
      Data: 'input[type="file"]',
    };
    for (const tab of TABS) {
      await showTab(page, tab);
      await expect(page.locator(where[tab]).isVisible()).resolves.toBe(true);
      for (const other of TABS.filter((t) => t !== tab)) await expect(page.locator(where[other]).isVisible()).resolves.toBe(false);
    }
    await showTab(page, "Explore");
  });

  it("writes no text under 12 px, and body text at 14 px", async () => {
    for (const tab of TABS) {
      await showTab(page, tab);
      const small = (await textSizes(page)).filter((t) => t.size < 12);
      expect(small, tab).toEqual([]);
    }
    await showTab(page, "Explore");
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector(".tabs__panel .hint, .tabs__panel p")!.closest(".panel")!).fontSize))).toBeGreaterThanOrEqual(14);
  });

  it("draws a focus ring at least 2 px wide around a focused control", async () => {
    await page.locator('input[name="filter-killed"]').focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      const widths = [...style.boxShadow.matchAll(/(\d+(?:\.\d+)?)px(?=[^,]*$|[^,]*,)/g)].map((m) => Number(m[1]));
      return { outline: parseFloat(style.outlineWidth) * (style.outlineStyle === "none" ? 0 : 1), shadow: Math.max(0, ...widths) };
    });
    expect(Math.max(ring.outline, ring.shadow)).toBeGreaterThanOrEqual(2);
  });

  checksAccessibility(() => ({ page, name: "laptop" }));

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

describe("at phone width (390 × 844)", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(inject("baseUrl"), { width: 390, height: 844 }));
    await waitForMapIdle(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("gives the map most of the screen, with the tabs a bar at its foot and the summary and legend on it", async () => {
    const map = (await page.locator(".maplibregl-canvas").boundingBox())!;
    expect(map.width).toBe(390);
    expect(map.height).toBeGreaterThan(844 * 0.55);
    const bar = (await page.getByRole("tablist").boundingBox())!;
    expect(bar.y + bar.height).toBeCloseTo(844, 0);
    expect(bar.height).toBeLessThanOrEqual(52);
    await expect(page.getByRole("tabpanel").count()).resolves.toBe(0);
    for (const selector of [".map-summary", ".map-legend__toggle"]) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(map.y);
      expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    }
    // The attribution sits behind its button, closed, not over a third of the map.
    await expect(page.locator(".maplibregl-ctrl-attrib.maplibregl-compact").count()).resolves.toBe(1);
    await expect(page.locator(".maplibregl-ctrl-attrib.maplibregl-compact-show").count()).resolves.toBe(0);
    await screenshot(page, "phone.png");
  });

  it("shows no empty band past the basemap's edge on first open", async () => {
    const north = await page.evaluate(() => window.__borderMap!.maplibre.getBounds().getNorth());
    expect(north).toBeLessThanOrEqual(BASEMAP_NORTH + 0.01);
  });

  it("opens a tab as a sheet, filters from it, and closes it again", async () => {
    await showTab(page, "Explore");
    const sheet = (await page.getByRole("tabpanel", { name: "Explore" }).boundingBox())!;
    expect(sheet.height).toBeGreaterThan(844 * 0.4);
    const killed = page.locator('input[name="filter-killed"]');
    await killed.scrollIntoViewIfNeeded();
    await killed.fill("10");
    await page.getByTestId("map-summary").filter({ hasText: "(at least 10 killed)" }).waitFor();
    await screenshot(page, "phone-sheet.png");
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByRole("button", { name: "Close the panel and show the map" }).click();
    await expect(page.getByRole("tabpanel").count()).resolves.toBe(0);
  });

  it("closes the sheet when a place is chosen, so that the map shows it", async () => {
    await showTab(page, "Explore");
    await page.locator('input[name="place-search"]').fill("Spin");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("tabpanel").count()).toBe(0);
    await waitForMapIdle(page);
  });

  it("puts a popup's close button above the zoom buttons, and closes the popup with it", async () => {
    await openSpinBoldakPopup(page);
    const close = (await page.locator(".maplibregl-popup-close-button").boundingBox())!;
    // What a tap at the close button's centre reaches is the close button, whatever lies under it.
    const reached = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className ?? "", { x: close.x + close.width / 2, y: close.y + close.height / 2 });
    expect(reached).toContain("maplibregl-popup-close-button");
    await screenshot(page, "phone-popup.png");
    await page.mouse.click(close.x + close.width / 2, close.y + close.height / 2);
    await expect.poll(() => page.locator(".maplibregl-popup").count()).toBe(0);
  });

  it("writes Spin Boldak and Chaman in Arabic script too, from the project's glyphs", async () => {
    await page.evaluate(() => window.__borderMap!.maplibre.jumpTo({ center: [66.43, 30.96], zoom: 11 }));
    await waitForMapIdle(page);
    const labels = await page.evaluate(() =>
      window.__borderMap!.maplibre.queryRenderedFeatures({ layers: ["place-labels"] }).map((f) => String(f.properties?.name_local ?? "")),
    );
    expect(labels).toContain("سپین بولدک");
    expect(labels).toContain("چمن");
    await screenshot(page, "phone-arabic.png");
    // Shaped Arabic is drawn from the presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF), shipped with the app.
    const arabicRanges = ["1536-1791", "64256-64511", "64512-64767", "65024-65279"];
    const asked = log.requests.filter((url) => url.includes("/glyphs/") && arabicRanges.some((r) => url.endsWith(`/${r}.pbf`)));
    expect(asked.length).toBeGreaterThan(0);
  });

  checksAccessibility(() => ({ page, name: "phone" }));

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
