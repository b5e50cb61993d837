import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { offsiteRequests, openApp, waitForMapIdle, waitForSidesMeasured, type PageLog } from "./support/chromium";
import { middleOf, pngColours, pngDifference, pngSize } from "./support/png";
import { A4_200DPI, snapshotLayout, type SnapshotSize } from "../../src/core/snapshot/snapshot-layout";
import { subEventRgb } from "../../src/map/report-colors";

const RESULTS = new URL("../../test-results/", import.meta.url);
const SHELLING = subEventRgb("Shelling/artillery/missile attack");

/** Chooses a size, clicks "Save PNG" and returns the file. */
async function savePng(page: Page, size: SnapshotSize): Promise<{ name: string; png: Buffer }> {
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
      const layout = snapshotLayout(mapCss, size);
      expect(pngSize(png)).toEqual({ width: layout.width, height: layout.height });
      if (size === "screen") expect(layout.width).toBe(mapCss.width);
      if (size === "2x") expect(layout.width).toBe(2 * mapCss.width);
      if (size === "a4") expect(pngSize(png)).toEqual(A4_200DPI);
      // The middle of the map (clear of the legend and the scale bar): the basemap's shades, the bands, labels, and the shelling reports' red.
      const colours = await pngColours(page, png, middleOf(layout.map, 0.4), SHELLING);
      expect(colours.distinct).toBeGreaterThan(200);
      expect(colours.nearCount).toBeGreaterThan(20 * layout.mapPixelRatio ** 2);
      if (size === "screen") {
        // The same view as on screen: the middle of the map as the browser shows it, pixel for pixel but for antialiasing.
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
