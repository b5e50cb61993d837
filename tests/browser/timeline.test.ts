import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openApp, waitForMapIdle, drawnIds } from "./support/chromium";
import { screenshot } from "./support/screenshots";
import { readRepoJson } from "../support/read-json";
import { reportDaySpan } from "../../src/core/view/report-filter";
import { barsOnScreen, chartScale, labelsOutside, overlapping, tickLabels } from "./support/timeline";
import { syntheticReports } from "../../src/core/reports/synthetic-reports";
import { seededRandom } from "../support/seeded-random";
import { line } from "../support/project-border";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

type Seed = { properties: { id: string; event_date: string; time_precision: 1 | 2 | 3 } };
const seed = readRepoJson<{ features: Seed[] }>("geodata/reports.geojson").features.map((f) => f.properties);

/** Seed reports that may fall within [from, to] (the date filter's rule, from the data). */
const within = (from: string, to: string) =>
  seed.filter((p) => {
    const [a, b] = reportDaySpan(p);
    return b >= from && a <= to;
  });

const DAY_MS = 86_400_000;
const addDays = (iso: string, n: number) => new Date(Date.parse(iso) + n * DAY_MS).toISOString().slice(0, 10);
const spans = seed.map((p) => reportDaySpan(p));
const [firstDay, lastDay] = [spans.map((s) => s[0]).sort()[0]!, spans.map((s) => s[1]).sort().at(-1)!];

/** What a bar from `from` to `to` holds, from the seed data: reports known to the day, and the shares of the others' days that fall in it. */
function seedBin(from: string, to: string): { exact: number; spread: number } {
  let [exact, spread] = [0, 0];
  for (const [i, p] of seed.entries()) {
    const [a, b] = spans[i]!;
    if (p.time_precision === 1) exact += a >= from && a <= to ? 1 : 0;
    else {
      const overlap = (Math.min(Date.parse(b), Date.parse(to)) - Math.max(Date.parse(a), Date.parse(from))) / DAY_MS + 1;
      spread += Math.max(0, overlap) / ((Date.parse(b) - Date.parse(a)) / DAY_MS + 1);
    }
  }
  return { exact, spread };
}

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

  it("labels its time axis twice or more, no label over another nor cut at the chart's edges", async () => {
    const { chart, labels } = await tickLabels(page);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(overlapping(labels)).toEqual([]);
    expect(labelsOutside(chart, labels)).toEqual([]);
    for (const l of labels) expect(l.height).toBeGreaterThanOrEqual(12); // 12 px text at least
    expect(await chartScale(page)).toEqual({ across: 1, down: 1, preserveAspectRatio: null });
  });

  it("says the days and count of the bar under the pointer, as the data has them", async () => {
    const slider = page.getByRole("slider", { name: /Period of the timeline/ });
    await slider.press("Escape");
    await slider.evaluate((el) => (el as HTMLElement).blur()); // with the keyboard's focus, the readout says the period
    const bars = await barsOnScreen(page);
    const tallest = bars.reduce((best, b, i) => (b.height > bars[best]!.height ? i : best), 0);
    const random = seededRandom(5);
    const picks = [tallest, ...Array.from({ length: 4 }, () => Math.floor(random() * bars.length))];
    const counted: { height: number; count: number }[] = [];
    for (const i of picks) {
      await page.mouse.move(bars[i]!.x, bars[i]!.foot - 2);
      const text = (await page.getByTestId("timeline-readout").textContent())!;
      const m = text.match(/^(\d{4}-\d{2}-\d{2})(?: to (\d{4}-\d{2}-\d{2}))?: (\d+) reports?(?: \+ (under 0\.1|[\d.]+) shared from reports dated only to the week or month)?$/);
      expect(m, text).not.toBeNull();
      const expected = seedBin(m![1]!, m![2] ?? m![1]!);
      expect(Number(m![3])).toBe(expected.exact);
      if (expected.spread === 0) expect(m![4]).toBeUndefined();
      else expect(m![4]).toBe(expected.spread < 0.05 ? "under 0.1" : expected.spread.toFixed(1));
      counted.push({ height: bars[i]!.height, count: expected.exact + expected.spread });
      if (i === tallest) await screenshot(page, "timeline-hover.png");
    }
    // The bars' heights follow the counts said (to a pixel).
    const [top] = counted;
    expect(top!.count).toBeGreaterThan(0);
    for (const c of counted) expect(Math.abs(c.height - (top!.height * c.count) / top!.count)).toBeLessThanOrEqual(1);
    await page.mouse.move(0, 0);
    await expect(page.getByTestId("timeline-readout").count()).resolves.toBe(0);
  });

  it("moves, lengthens and clears its period from the keyboard, the filter following, with a visible focus ring", async () => {
    await page.locator('select[name="play-speed"]').focus();
    await page.keyboard.press("Tab");
    const slider = page.getByRole("slider", { name: /Period of the timeline/ });
    await expect(slider.evaluate((el) => el === document.activeElement && getComputedStyle(el).boxShadow)).resolves.toMatch(/rgb\(11, 87, 208\)/);
    const expectPeriod = async (from: string, to: string) => {
      await page.getByTestId("filter-status").filter({ hasText: `${within(from, to).length} of ${seed.length} reports shown` }).waitFor();
      expect(await dates(page)).toEqual([from, to]);
      await expect(slider.getAttribute("aria-valuetext")).resolves.toContain(`${from} to ${to}`);
      await expect(page.getByTestId("timeline-readout").textContent()).resolves.toBe(`${from} to ${to}: ${within(from, to).length} of ${seed.length} reports shown`);
    };
    await page.keyboard.press("Escape");
    await page.keyboard.press("ArrowRight");
    await expectPeriod(firstDay, firstDay);
    for (let i = 0; i < 8; i++) await page.keyboard.press("Shift+ArrowRight");
    await expectPeriod(firstDay, addDays(firstDay, 8));
    await page.keyboard.press("ArrowRight");
    await expectPeriod(addDays(firstDay, 1), addDays(firstDay, 9));
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+ArrowLeft");
    await expectPeriod(addDays(firstDay, 1), addDays(firstDay, 6));
    await page.keyboard.press("End");
    await expectPeriod(addDays(lastDay, -5), lastDay);
    await screenshot(page, "timeline-keyboard.png");
    await page.keyboard.press("Home");
    await expectPeriod(firstDay, addDays(firstDay, 5));
    await page.keyboard.press("Escape");
    await page.getByTestId("filter-status").filter({ hasText: `${seed.length} of ${seed.length} reports shown` }).waitFor();
    expect(await dates(page)).toEqual(["", ""]);
  });
});

describe("the timeline of a 10-day file on a phone (390 × 844)", () => {
  let browser: Browser;
  let page: Page;
  const DAYS = 10;

  beforeAll(async () => {
    ({ browser, page } = await openApp(inject("baseUrl"), { width: 390, height: 844 }));
    // Seeded synthetic reports, each known to the day, over ten days: the first and the last day both hold one.
    const random = seededRandom(17);
    const file = syntheticReports(40, { anchors: line, seed: 17 });
    const start = Date.parse("2025-06-02");
    for (const [i, f] of file.features.entries()) {
      const day = i === 0 ? 0 : i === 1 ? DAYS - 1 : Math.floor(random() * DAYS);
      f.properties.event_date = new Date(start + day * DAY_MS).toISOString().slice(0, 10);
      f.properties.time_precision = 1;
    }
    await page.locator('input[type="file"]').setInputFiles({ name: "ten-days.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByTestId("dataset-status").filter({ hasText: "40 reports from ten-days.geojson" }).waitFor({ state: "attached" });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("labels its axis twice or more, unstretched, no label over another nor cut", async () => {
    await page.getByTestId("timeline-axis").waitFor();
    const { chart, labels } = await tickLabels(page);
    expect(chart.width).toBeLessThanOrEqual(390);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(overlapping(labels)).toEqual([]);
    expect(labelsOutside(chart, labels)).toEqual([]);
    expect(await chartScale(page)).toEqual({ across: 1, down: 1, preserveAspectRatio: null });
    // A label's text is as wide as the same text set in a plain line of the page at the same size: not squashed.
    const widths = await page.evaluate(() => {
      const text = document.querySelector('[data-testid="timeline-axis"] text')!;
      const span = document.createElement("span");
      span.textContent = text.textContent;
      span.style.font = getComputedStyle(text).font;
      document.body.append(span);
      const plain = span.getBoundingClientRect().width;
      span.remove();
      return { drawn: text.getBoundingClientRect().width, plain };
    });
    expect(Math.abs(widths.drawn - widths.plain)).toBeLessThanOrEqual(1);
    await screenshot(page, "timeline-phone-10-days.png");
  });
});

describe("the timeline of 3,000 synthetic reports over two years (the span of the 100,000 of the scale tests)", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await openApp(`${inject("baseUrl")}?synthetic=3000&seed=4`, { width: 1024, height: 700 }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("has no accessibility faults axe-core finds in the timeline, a period kept and the keyboard's focus on it", async () => {
    const slider = page.getByRole("slider", { name: /Period of the timeline/ });
    await slider.focus();
    await slider.press("ArrowRight");
    // Evaluated, not added as a script tag, which the page's Content-Security-Policy refuses.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"));
    type Result = { id: string; nodes: unknown[] };
    const { violations, passes } = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: string) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
      const result = await axe.run(".timeline");
      return { violations: result.violations.map((v) => `${v.id} (${v.nodes.length})`), passes: result.passes.map((p) => p.id) };
    });
    expect(violations).toEqual([]);
    expect(passes).toEqual(expect.arrayContaining(["aria-required-attr", "color-contrast", "aria-valid-attr-value"]));
    await slider.press("Escape");
  });

  it("labels its axis with whole labels, the last one too, none over another", async () => {
    await page.getByTestId("timeline-axis").waitFor();
    const { chart, labels } = await tickLabels(page);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(overlapping(labels)).toEqual([]);
    expect(labelsOutside(chart, labels)).toEqual([]);
    for (const l of labels) {
      // Whole: a month's name, with its year where it changes, or a year of four digits.
      expect(l.text).toMatch(/^(?:[A-Z][a-z]{2}(?: \d{4})?|\d{4}|\d{1,2} [A-Z][a-z]{2}(?: \d{4})?)$/);
    }
    await screenshot(page, "timeline-two-years.png");
  });
});
