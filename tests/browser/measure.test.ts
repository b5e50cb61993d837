import { mkdirSync } from "node:fs";
import type { FeatureCollection, LineString, Point, Polygon } from "geojson";
import geographiclib from "geographiclib-geodesic";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { borderIndexFromGeoJson } from "../../src/core/distance/border-index";
import { BorderDistanceMeasurer } from "../../src/core/distance/distance-to-border";
import { describeSpotToBorder, formatLonLat } from "../../src/core/distance/format-border";
import { formatLength, type LengthUnit } from "../../src/core/distance/format-length";
import { readRepoJson } from "../support/read-json";
import { foldLegend, showTab } from "./support/tabs";
import { offsiteRequests, openApp, waitForMapIdle, type PageLog } from "./support/chromium";

const SCREENSHOTS = new URL("../../test-results/", import.meta.url);
const { Geodesic } = geographiclib;

/** GeographicLib's Inverse: the reference every length on screen is held to. */
function inverseM(a: readonly number[], b: readonly number[]): number {
  return Geodesic.WGS84.Inverse(a[1]!, a[0]!, b[1]!, b[0]!, Geodesic.DISTANCE).s12!;
}

/**
 * Where a position is drawn, as whole page pixels (the mouse clicks there), and
 * the position MapLibre reads back from that pixel with `unproject`.
 */
async function pixelOf(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number; lonLat: [number, number] }> {
  return page.evaluate((lonLat) => {
    const map = window.__borderMap!.maplibre;
    const box = map.getCanvas().getBoundingClientRect();
    const p = map.project(lonLat);
    const x = Math.round(box.left + p.x);
    const y = Math.round(box.top + p.y);
    const back = map.unproject([x - box.left, y - box.top]);
    return { x, y, lonLat: [back.lng, back.lat] as [number, number] };
  }, lonLat);
}

function renderedLabels(page: Page, ...layers: string[]): Promise<string[]> {
  return page.evaluate((layers) => {
    const features = window.__borderMap!.maplibre.queryRenderedFeatures({ layers });
    return [...new Set(features.map((f) => String(f.properties?.label)))].sort();
  }, layers);
}

function renderedCount(page: Page, layer: string): Promise<number> {
  return page.evaluate((layer) => window.__borderMap!.maplibre.queryRenderedFeatures({ layers: [layer] }).length, layer);
}

describe("the measure tool", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;
  /** The three clicked positions as the map read them, and GeographicLib's lengths between them. */
  let clicked: [number, number][] = [];
  let legsM: number[] = [];

  const legItems = () => page.getByTestId("measure-legs").locator("li").allInnerTexts();
  const total = () => page.getByTestId("measure-total").innerText();
  const toggle = () => page.getByRole("button", { name: "Measure", exact: true });
  const expectPanelIn = async (unit: LengthUnit) => {
    await expect.poll(legItems).toEqual(legsM.map((m, i) => `Segment ${i + 1}: ${formatLength(m, unit)}`));
    const sum = legsM.reduce((a, b) => a + b, 0);
    expect(await total()).toBe(`Total ${formatLength(sum, unit)} over 2 segments`);
    expect(Math.abs(Number(await page.getByTestId("measure-total").getAttribute("data-length-m")) - sum)).toBeLessThan(0.001);
    // The map's labels follow the panel once the measure source's new data is drawn (a worker's round trip: polled).
    await waitForMapIdle(page);
    await expect.poll(() => renderedLabels(page, "measure-leg-labels")).toEqual(legsM.map((m) => formatLength(m, unit)).sort());
    await expect
      .poll(() => renderedLabels(page, "measure-vertex-labels", "measure-total-label"))
      .toEqual([`Σ ${formatLength(legsM[0]!, unit)}`, `Total ${formatLength(sum, unit)}`].sort());
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    ({ browser, page, log } = await openApp(inject("baseUrl")));
    await page.getByTestId("dataset-status").filter({ hasText: "reports from" }).waitFor({ state: "attached" });
    await page.evaluate(() => window.__borderMap!.maplibre.jumpTo({ center: [69.6, 33.7], zoom: 7 }));
    await waitForMapIdle(page);
    await showTab(page, "Measure");
    await foldLegend(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("measures three clicked points along WGS84 geodesics, as GeographicLib does", async () => {
    expect(await toggle().getAttribute("aria-pressed")).toBe("false");
    await toggle().click();
    expect(await toggle().getAttribute("aria-pressed")).toBe("true");
    // Khost, Parachinar, Jalalabad: across the Durand Line and back.
    for (const target of [[69.92, 33.34], [70.1, 33.9], [70.45, 34.43]] as [number, number][]) {
      const { x, y, lonLat } = await pixelOf(page, target);
      await page.mouse.click(x, y);
      clicked.push(lonLat);
    }
    legsM = [inverseM(clicked[0]!, clicked[1]!), inverseM(clicked[1]!, clicked[2]!)];
    expect(legsM[0]).toBeGreaterThan(50_000);
    await expectPanelIn("km");
    // The item's own figure, unrounded, is GeographicLib's.
    const itemsM = await page.getByTestId("measure-legs").locator("li").evaluateAll((li) => li.map((n) => Number((n as HTMLElement).dataset.lengthM)));
    itemsM.forEach((m, i) => expect(Math.abs(m - legsM[i]!)).toBeLessThan(0.001));
    expect(await renderedCount(page, "measure-line")).toBeGreaterThan(0);
    expect(await renderedCount(page, "measure-vertices")).toBe(3);
  });

  it("draws each leg along its geodesic: every drawn point splits the leg's length exactly", async () => {
    const data = (await page.evaluate(() =>
      window.__borderMap!.maplibre.getSource<import("maplibre-gl").GeoJSONSource>("measure")!.getData(),
    )) as FeatureCollection<LineString | Point>;
    const lines = data.features.filter((f): f is typeof f & { geometry: LineString } => f.geometry.type === "LineString");
    expect(lines).toHaveLength(2);
    lines.forEach((line, i) => {
      const coords = line.geometry.coordinates;
      expect(coords.length).toBeGreaterThan(20);
      const [a, b] = [clicked[i]!, clicked[i + 1]!];
      for (const p of coords) expect(inverseM(a, p) + inverseM(p, b) - legsM[i]!).toBeLessThan(0.01);
    });
  });

  it("shows every length in miles once miles are chosen", async () => {
    await page.getByLabel("Units").selectOption("mi");
    await expectPanelIn("mi");
    // 1 mile is 1.609344 km: the figures are the same lengths.
    const miles = Number((await legItems())[0]!.match(/([\d.]+) mi$/)![1]);
    expect(Math.abs(miles * 1.609344 - legsM[0]! / 1000)).toBeLessThan(0.1 * 1.609344);
  });

  it("adds the map centre with Enter and removes the last point with Backspace, on the focused map", async () => {
    await page.locator("canvas.maplibregl-canvas").focus();
    await page.keyboard.press("Enter");
    await expect.poll(legItems).toHaveLength(3);
    const centre = await page.evaluate(() => window.__borderMap!.maplibre.getCenter().toArray());
    const third = Number(await page.getByTestId("measure-legs").locator("li").nth(2).getAttribute("data-length-m"));
    expect(Math.abs(third - inverseM(clicked[2]!, centre))).toBeLessThan(0.001);
    expect(await total()).toMatch(/ over 3 segments$/);
    await page.keyboard.press("Backspace");
    await expectPanelIn("mi");
  });

  it("gives a right-clicked spot's distance to the Durand Line, its side and nearest border point, and draws the line", async () => {
    const { x, y, lonLat } = await pixelOf(page, [68.8, 32.67]); // Afghan side, south-west of Khost
    await page.mouse.click(x, y, { button: "right" });
    const spot = page.getByTestId("border-spot");
    await expect.poll(() => spot.innerText(), { timeout: 20_000 }).toMatch(/from the Durand Line/);
    // The same core the worker runs, here in Node, on the same position.
    const durand = readRepoJson<FeatureCollection<LineString>>("geodata/durand-line.geojson");
    const countries = readRepoJson<FeatureCollection<Polygon, { iso_a2: string }>>("geodata/af-pk-countries.geojson");
    const kabul = readRepoJson<FeatureCollection<Point, { id: string }>>("geodata/places.geojson").features.find((p) => p.properties.id === "kabul")!;
    const expected = new BorderDistanceMeasurer(borderIndexFromGeoJson(durand, countries), kabul.geometry.coordinates).distance(...lonLat);
    const text = await spot.innerText();
    expect(text).toContain(describeSpotToBorder(expected, "mi"));
    expect(text).toContain(`From ${formatLonLat(...lonLat)}. Nearest border point: ${formatLonLat(expected.nearestLon, expected.nearestLat)}`);
    await waitForMapIdle(page);
    expect(await renderedCount(page, "measure-border-line")).toBeGreaterThan(0);
    expect(await renderedCount(page, "measure-border-spot")).toBe(1);
    expect(await renderedLabels(page, "measure-border-label")).toEqual([describeSpotToBorder(expected, "mi")]);
    // The measured path is still there: a right click is not a point.
    expect(await legItems()).toHaveLength(2);
    await page.screenshot({ path: new URL("measure.png", SCREENSHOTS).pathname });
  });

  it("cancels the measurement with Escape: points, lines and the spot go, and the tool turns off", async () => {
    await page.locator("canvas.maplibregl-canvas").focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => toggle().getAttribute("aria-pressed")).toBe("false");
    expect(await page.getByTestId("measure-legs").count()).toBe(0);
    expect(await total()).toBe("");
    expect(await page.getByTestId("border-spot").innerText()).toBe("");
    await waitForMapIdle(page);
    for (const layer of ["measure-line", "measure-vertices", "measure-leg-labels", "measure-border-line"]) {
      expect(await renderedCount(page, layer)).toBe(0);
    }
  });

  it("measures from the map centre with the panel's button, in the unit chosen", async () => {
    await page.getByRole("button", { name: "Distance to the border from the map centre" }).click();
    const spot = page.getByTestId("border-spot");
    await expect.poll(() => spot.innerText(), { timeout: 20_000 }).toMatch(/ mi from the Durand Line, (Afghan|Pakistani) side/);
    const centre = await page.evaluate(() => window.__borderMap!.maplibre.getCenter().toArray());
    expect(await spot.innerText()).toContain(`From ${formatLonLat(centre[0]!, centre[1]!)}.`);
    await waitForMapIdle(page);
    expect(await renderedCount(page, "measure-border-line")).toBeGreaterThan(0);
  });

  it("asks for nothing beyond its own origin and logs no errors", () => {
    expect(log.requests.length).toBeGreaterThan(10);
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
