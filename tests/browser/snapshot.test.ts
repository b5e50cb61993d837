import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { offsiteRequests, openApp, waitForMapIdle, waitForSidesMeasured, type PageLog } from "./support/chromium";
import { inkSpan, middleOf, pngColours, pngDifference, pngSize } from "./support/png";
import { foldLegend, showTab } from "./support/tabs";
import { screenshot } from "./support/screenshots";
import type { SnapshotText } from "../../src/core/snapshot/snapshot-caption";
import { describeFilter } from "../../src/core/view/describe-filter";
import { NO_FILTER } from "../../src/core/view/report-filter";
import { A4_200DPI, HEADER_LINE_PX, snapshotLayout, type SnapshotSize } from "../../src/core/snapshot/snapshot-layout";
import { subEventRgb } from "../../src/map/report-colors";

const RESULTS = new URL("../../test-results/", import.meta.url);
const SHELLING = subEventRgb("Shelling/artillery/missile attack");

/** Words about the app's screen, which mean nothing on paper. */
const UI_WORDS = /\b(panel|panels|button|tab|click|layer|layers|toggle|checkbox|slider|chart|loaded|selection)\b/i;

/** The words the last picture drew (text on its canvas). */
const drawnText = (page: Page) => page.evaluate(() => window.__borderSnapshotText!);

/** The part of a PNG's header band that holds the title (`line` 0) or the subtitle (1), at text scale `s`. */
const headingBox = (width: number, s: number, line: 0 | 1) => ({ x: 0, y: Math.round((line === 0 ? 4 : 32) * s), width, height: Math.round((line === 0 ? 28 : 20) * s) });

/** Chooses a size, clicks "Save PNG" and returns the file. */
async function savePng(page: Page, size: SnapshotSize): Promise<{ name: string; png: Buffer }> {
  await showTab(page, "Share");
  await page.getByLabel("Size").selectOption(size);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save PNG" }).click()]);
  return { name: file.suggestedFilename(), png: readFileSync((await file.path())!) };
}

describe("a PNG snapshot of the view", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  let mapCss: { width: number; height: number };

  beforeAll(async () => {
    // Spin Boldak and Chaman, where the seed reports are, with a filter that keeps some of them.
    ({ browser, page, log } = await openApp(`${inject("baseUrl")}#map=8/31.0/66.5&killed=1`));
    await waitForSidesMeasured(page);
    await waitForMapIdle(page);
    mapCss = await page.locator(".map").evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
    mkdirSync(RESULTS, { recursive: true });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const size of ["screen", "2x", "a4"] as const) {
    it(`at ${size} size: the layout's pixels, the map drawn (never blank) with its reports`, async () => {
      const { name, png } = await savePng(page, size);
      writeFileSync(new URL(`snapshot-${size}.png`, RESULTS), png);
      if (size === "screen" && process.env.UPDATE_SCREENSHOTS === "1") writeFileSync(new URL("../../docs/snapshot.png", import.meta.url), png);
      expect(name).toMatch(new RegExp(`^border-map-\\d{8}-\\d{4}-${size}\\.png$`));
      // Its resolution is written in it: A4 prints at 297 mm wide (200 dpi, 7,874 dots a metre).
      const phys = png.indexOf("pHYs", 0, "ascii");
      expect(png.readUInt32BE(phys + 4)).toBe(Math.round({ screen: 96, "2x": 192, a4: 200 }[size] / 0.0254));
      // The header grows by whole lines when the caption needs more than two (a page of paper keeps its size).
      const base = snapshotLayout(mapCss, size);
      const extra = (pngSize(png).height - base.height) / (HEADER_LINE_PX * base.textScale);
      expect(size === "a4" ? [0] : [0, 1, 2]).toContain(extra);
      const layout = snapshotLayout(mapCss, size, { header: extra, footer: 0 });
      expect(pngSize(png)).toEqual({ width: layout.width, height: layout.height });
      if (size === "screen") expect(layout.width).toBe(mapCss.width);
      if (size === "2x") expect(layout.width).toBe(2 * mapCss.width);
      if (size === "a4") expect(pngSize(png)).toEqual(A4_200DPI);
      // The middle of the map (clear of the legend and the scale bar): the basemap's shades, the bands, labels, and the shelling reports' red.
      const colours = await pngColours(page, png, middleOf(layout.map, 0.4), SHELLING);
      expect(colours.distinct).toBeGreaterThan(200);
      expect(colours.nearCount).toBeGreaterThan(20 * layout.mapPixelRatio ** 2);
      if (size === "screen") {
        // The same view as on screen: the middle of the map as the browser shows it, pixel for pixel but for antialiasing
        // (the legend over the map folded: the picture draws its own under the map).
        await foldLegend(page);
        const shown = await page.locator(".map").screenshot();
        const middle = middleOf({ x: 0, y: 0, ...mapCss }, 0.4);
        const difference = await pngDifference(page, png, { x: layout.map.x + middle.x, y: layout.map.y + middle.y }, shown, middle, middle);
        expect(difference).toBeLessThan(3);
      }
      // The bands above and below are white paper with dark text: few colours, mostly white.
      const header = await pngColours(page, png, layout.header, [255, 255, 255]);
      expect(header.nearCount).toBeGreaterThan(0.8 * layout.header.width * layout.header.height);
      expect(header.distinct).toBeGreaterThan(2);
      await expect.poll(() => page.getByTestId("snapshot-status").textContent()).toMatch(new RegExp(`^Saved ${name}: ${layout.width.toLocaleString("en")} × `));
    }, 60_000);
  }

  it("draws the title and subtitle typed in the panel; an emptied field gives the default back", async () => {
    await showTab(page, "Share");
    const title = page.getByLabel("Title", { exact: true });
    const subtitle = page.getByLabel("Subtitle", { exact: true });
    const defaults = { title: await title.inputValue(), subtitle: await subtitle.inputValue() };
    expect(defaults.title).not.toBe("");
    expect(defaults.subtitle).not.toBe("");
    const before = (await savePng(page, "screen")).png;
    expect(await drawnText(page)).toMatchObject(defaults);

    await title.fill("Shelling reported near Chaman");
    await subtitle.fill("Prepared for the district council, 2025");
    await screenshot(page, "snapshot-panel-edited.png");
    const edited = (await savePng(page, "screen")).png;
    writeFileSync(new URL("snapshot-edited-title.png", RESULTS), edited);
    expect(await drawnText(page)).toMatchObject({ title: "Shelling reported near Chaman", subtitle: "Prepared for the district council, 2025" });
    const { width } = pngSize(edited);
    // The two heading lines changed; the map between the bands did not.
    for (const line of [0, 1] as const) expect(await pngDifference(page, before, headingBox(width, 1, line), edited, headingBox(width, 1, line), headingBox(width, 1, line))).toBeGreaterThan(1);
    const layout = snapshotLayout(mapCss, "screen");
    const middle = middleOf(layout.map, 0.4);
    expect(await pngDifference(page, before, middle, edited, middle, middle)).toBeLessThan(1);

    await title.fill("");
    await subtitle.fill("");
    expect(await title.getAttribute("placeholder")).toBe(defaults.title);
    const emptied = (await savePng(page, "screen")).png;
    expect(await drawnText(page)).toMatchObject(defaults);
    for (const line of [0, 1] as const) expect(await pngDifference(page, before, headingBox(width, 1, line), emptied, headingBox(width, 1, line), headingBox(width, 1, line))).toBeLessThan(0.5);
  }, 60_000);

  it("says in its caption, with no word of the app's screen, as many reports as the filter panel shows, and the link's filter", async () => {
    await savePng(page, "screen");
    const text: SnapshotText = await drawnText(page);
    const status = (await page.getByTestId("filter-status").textContent()) ?? "";
    const [, kept, total] = /([\d,]+) of ([\d,]+) reports shown/.exec(status)!;
    expect(text.caption).toContain(`${kept} of the ${total} reports`);
    for (const phrase of describeFilter({ ...NO_FILTER, killedAtLeast: 1 })) expect(text.caption).toContain(phrase);
    expect(text.made).toContain(page.url().split("#")[1]!);
    for (const words of [text.title, text.subtitle, text.caption, text.credits, text.made]) expect(words).not.toMatch(UI_WORDS);
  }, 60_000);

  it("on A4, a view wider than tall is a landscape page with the map across at least 90 % of it", async () => {
    expect(mapCss.width).toBeGreaterThan(mapCss.height);
    const { png } = await savePng(page, "a4");
    writeFileSync(new URL("snapshot-a4-landscape.png", RESULTS), png);
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThan(height);
    expect(Math.abs(width / height / (297 / 210) - 1)).toBeLessThan(0.01);
    const span = await inkSpan(page, png, Math.round(height / 2));
    expect((span.last - span.first + 1) / width).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it("on A4, a view taller than wide is a portrait page with the map across at least 90 % of it", async () => {
    await page.setViewportSize({ width: 1000, height: 1400 });
    try {
      await expect.poll(() => page.locator(".map").evaluate((el) => el.clientHeight > el.clientWidth)).toBe(true);
      await waitForMapIdle(page);
      await screenshot(page, "snapshot-tall-view.png");
      const { png } = await savePng(page, "a4");
      writeFileSync(new URL("snapshot-a4-portrait.png", RESULTS), png);
      const { width, height } = pngSize(png);
      expect(height).toBeGreaterThan(width);
      expect(Math.abs(height / width / (297 / 210) - 1)).toBeLessThan(0.01);
      const span = await inkSpan(page, png, Math.round(height / 2));
      expect((span.last - span.first + 1) / width).toBeGreaterThanOrEqual(0.9);
      // The map on screen is as it was: its size and pixel ratio, no still copy left over it.
      expect(await page.evaluate(() => window.__borderMap!.maplibre.getPixelRatio())).toBe(1);
      await expect.poll(() => page.locator("body > canvas").count()).toBe(0);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
      await waitForMapIdle(page);
    }
  }, 90_000);

  it("leaves the map as it was: its pixel ratio, and no request beyond the page's origin", async () => {
    expect(await page.evaluate(() => window.__borderMap!.maplibre.getPixelRatio())).toBe(1);
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it("has a scale bar that agrees with MapLibre's scale control", async () => {
    // Zoomed in, where the map's middle (the control's line) and foot (the bar's) are at nearly one latitude.
    await page.evaluate(() => window.__borderMap!.maplibre.jumpTo({ center: [66.45, 30.95], zoom: 11 }));
    await waitForMapIdle(page);
    // MapLibre's control: a label ("20 km") and the width in CSS pixels that length takes.
    const control = await page.locator(".maplibregl-ctrl-scale").evaluate((el) => ({ text: el.textContent ?? "", width: (el as HTMLElement).offsetWidth }));
    const [, value, unit] = /^([\d.]+)\s*(km|m)$/.exec(control.text.trim())!;
    const controlMetresPerPx = (Number(value) * (unit === "km" ? 1000 : 1)) / control.width;
    const ours = await page.evaluate(() => window.__borderMap!.capture(1).then((c) => c.metresPerCssPx));
    // The control measures at the map's middle on a sphere, to a whole pixel; ours is geodesic (WGS84) at the foot: within 1 %.
    expect(Math.abs(ours / controlMetresPerPx - 1)).toBeLessThan(0.01);
  });
});
