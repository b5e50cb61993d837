import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openApp, waitForMapIdle, type PageLog } from "./support/chromium";
import { screenshot } from "./support/screenshots";
import { readRepoJson } from "../support/read-json";

const seedIds = readRepoJson<{ features: { properties: { id: string } }[] }>("geodata/reports.geojson").features.map((f) => f.properties.id);

/** A short description of the focused element: its tag, name or role, and text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    return [el.tagName.toLowerCase(), el.getAttribute("name") ?? "", el.getAttribute("role") ?? "", el.className, el.textContent?.trim().slice(0, 30) ?? ""].join("|");
  });
}

/** Presses Tab until the focused element matches, and returns how many presses it took (throws past `max`). */
async function tabUntil(page: Page, matches: (description: string) => boolean, max = 250, key = "Tab"): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    // Radix's tabs move the focus on the arrow keys in a later task: read it after that.
    if (key !== "Tab") await page.waitForTimeout(50);
    if (matches(await focused(page))) return presses;
  }
  throw new Error(`nothing matching within ${max} presses of ${key}; last focused: ${await focused(page)}`);
}

/** Starts again from the page's top: the body focused, so that the next Tab goes to the page's first control (a blur alone leaves Chrome's starting point where the focus was). */
async function fromTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.body;
    body.tabIndex = -1;
    body.focus();
    body.removeAttribute("tabindex");
    window.scrollTo(0, 0);
  });
}

describe("by keyboard alone (1280 × 800)", () => {
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

  it("offers a skip link first, and reaches the map within 5 Tab presses", async () => {
    await fromTop(page);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toContain("Skip to the map");
    await fromTop(page);
    const presses = await tabUntil(page, (d) => d.includes("maplibregl-canvas"), 5);
    expect(presses).toBeLessThanOrEqual(5);
  });

  it("moves focus to the map from the skip link, with a ring of at least 2 px", async () => {
    await fromTop(page);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await focused(page)).toContain("maplibregl-canvas");
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow);
    const widest = Math.max(...[...ring.matchAll(/(\d+(?:\.\d+)?)px/g)].map((m) => Number(m[1])));
    expect(widest).toBeGreaterThanOrEqual(2);
    await screenshot(page, "keyboard-map-focus.png");
  });

  it("opens a report from the list with Enter", async () => {
    await fromTop(page);
    await tabUntil(page, (d) => d.startsWith("tr|"));
    const id = await page.evaluate(() => document.activeElement!.getAttribute("data-report-id"));
    expect(seedIds).toContain(id);
    await page.keyboard.press("Enter");
    await page.locator(`.report-popup [data-report-id="${id}"]`).waitFor();
    await screenshot(page, "keyboard-report.png");
    await page.keyboard.press("Escape");
  });

  it("changes a filter", async () => {
    await fromTop(page);
    await tabUntil(page, (d) => d.startsWith("input|filter-killed|"));
    await page.keyboard.type("10");
    await page.getByTestId("map-summary").filter({ hasText: "(at least 10 killed)" }).waitFor();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await page.getByTestId("map-summary").filter({ hasText: "(no filter)" }).waitFor();
  });

  it("starts and stops playback", async () => {
    await fromTop(page);
    await tabUntil(page, (d) => d.startsWith("button|") && d.endsWith("|Play"));
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Pause" }).waitFor();
    expect(await focused(page)).toMatch(/\|Pause$/);
    // While it plays, the period is written on the map: the same period as the date filter's, read in one go.
    const stamp = page.getByTestId("playback-stamp");
    await stamp.waitFor();
    const { words, from, to } = await page.evaluate(() => ({
      words: document.querySelector("[data-testid=playback-stamp]")?.textContent ?? "",
      from: (document.querySelector("input[name=filter-date-from]") as HTMLInputElement).value,
      to: (document.querySelector("input[name=filter-date-to]") as HTMLInputElement).value,
    }));
    // "14–20 October 2025", "28 October – 3 November 2025": the first day's number first, the last day's year last.
    expect(words).toMatch(new RegExp(`^${Number(from.slice(8))}[ –]`));
    expect(words).toMatch(new RegExp(`${Number(to.slice(8))} [A-Z][a-z]+ ${to.slice(0, 4)}$`));
    const box = (await stamp.boundingBox())!;
    const map = (await page.locator(".maplibregl-canvas").boundingBox())!;
    expect(box.y).toBeGreaterThan(map.y);
    expect(box.y + box.height).toBeLessThan(map.y + map.height);
    await screenshot(page, "keyboard-playing.png");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Play" }).waitFor();
    await page.getByTestId("playback-stamp").waitFor({ state: "detached" });
  });

  it("moves to the Share tab with the arrow keys and saves a picture", async () => {
    await fromTop(page);
    await tabUntil(page, (d) => d.includes("|tab|"));
    await tabUntil(page, (d) => d.endsWith("|Share"), 4, "ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("tabpanel", { name: "Share" }).waitFor();
    await tabUntil(page, (d) => d.endsWith("|Save PNG"), 30);
    const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.keyboard.press("Enter")]);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
  });

  it("logs no error", () => {
    expect(log.errors).toEqual([]);
  });
});
