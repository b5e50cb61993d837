import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openApp, waitForMapIdle, drawnIds } from "./support/chromium";
import { screenshot } from "./support/screenshots";
import { readRepoJson } from "../support/read-json";
import { reportDaySpan } from "../../src/core/view/report-filter";

type Seed = { properties: { id: string; event_date: string; time_precision: 1 | 2 | 3 } };
const seed = readRepoJson<{ features: Seed[] }>("geodata/reports.geojson").features.map((f) => f.properties);

/** Seed reports that may fall within [from, to] (the date filter's rule, from the data). */
const within = (from: string, to: string) =>
  seed.filter((p) => {
    const [a, b] = reportDaySpan(p);
    return b >= from && a <= to;
  });

const dates = async (page: Page) => [await page.locator('input[name="filter-date-from"]').inputValue(), await page.locator('input[name="filter-date-to"]').inputValue()];


describe("the timeline under the map", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await openApp(inject("baseUrl")));
    await page.evaluate(() => window.__borderMap!.maplibre.fitBounds([[60.5, 29.2], [75.2, 38.6]], { padding: 24, animate: false }));
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("keeps the period dragged across it: the date filter, the count and the map follow", async () => {
    const box = (await page.getByTestId("timeline").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const [from, to] = await dates(page);
    expect(from! < to!).toBe(true);
    const expected = within(from!, to!).map((p) => p.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(seed.length);
    await page.getByTestId("filter-status").filter({ hasText: `${expected.length} of ${seed.length} reports shown` }).waitFor();
    await waitForMapIdle(page);
    expect(await drawnIds(page)).toEqual(expected);
    await expect(page.getByTestId("timeline-period").textContent()).resolves.toContain(`${from} to ${to}`);
    await screenshot(page, "timeline.png");
  });

  it("clears the period with a click", async () => {
    const box = (await page.getByTestId("timeline").boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId("filter-status").filter({ hasText: `${seed.length} of ${seed.length} reports shown` }).waitFor();
    expect(await dates(page)).toEqual(["", ""]);
  });

  it("plays a window of the chosen width through time, a day a step, and pauses", async () => {
    await page.locator('select[name="play-window"]').selectOption("7");
    await page.locator('select[name="play-speed"]').selectOption("10");
    await page.getByRole("button", { name: "Step forward" }).click();
    const [start] = await dates(page);
    await page.getByRole("button", { name: "Play" }).click();
    // Five steps on at least (10 a second asked).
    await page.waitForFunction(
      (start) => Date.parse((document.querySelector('input[name="filter-date-from"]') as HTMLInputElement).value) >= Date.parse(start!) + 5 * 86_400_000,
      start,
      { timeout: 10_000 },
    );
    await page.getByRole("button", { name: "Pause" }).click();
    const [from, to] = await dates(page);
    expect((Date.parse(to!) - Date.parse(from!)) / 86_400_000).toBe(6); // 7 days, both ends in
    await page.waitForTimeout(400);
    expect(await dates(page)).toEqual([from, to]); // paused: no more steps
    await waitForMapIdle(page);
    expect(await drawnIds(page)).toEqual(within(from!, to!).map((p) => p.id).sort());
    await page.getByRole("button", { name: "Step back" }).click();
    const [back] = await dates(page);
    expect((Date.parse(from!) - Date.parse(back!)) / 86_400_000).toBe(1);
  });
});
