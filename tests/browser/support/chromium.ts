import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../../src/cli/chromium";

export { CHROMIUM_FLAGS, findChromium, launchChromium } from "../../../src/cli/chromium";

/** Every address the page asked for, and every error it logged. */
export interface PageLog {
  requests: string[];
  errors: string[];
}

export function watchPage(page: Page): PageLog {
  const log: PageLog = { requests: [], errors: [] };
  page.on("request", (request) => log.requests.push(request.url()));
  page.on("pageerror", (error) => log.errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") log.errors.push(`console: ${message.text()}`);
  });
  return log;
}

/** Addresses that left the loopback host (data: and blob: URLs stay in the page). */
export function offsiteRequests(requests: readonly string[]): string[] {
  return requests.filter((url) => {
    if (url.startsWith("data:") || url.startsWith("blob:")) return false;
    try {
      return new URL(url).hostname !== "127.0.0.1";
    } catch {
      return true;
    }
  });
}

/** Resolves when the map has loaded its style and drawn everything it has (MapLibre's `idle`). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__borderMap?.maplibre.isStyleLoaded() === true, undefined, { timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__borderMap!.maplibre;
        map.once("idle", () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Launches Chromium, opens the app at `baseUrl` in a new page with its requests and errors watched, and waits for its reports to load. */
export async function openApp(baseUrl: string, viewport = { width: 1280, height: 800 }): Promise<{ browser: Browser; page: Page; log: PageLog }> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport });
  const log = watchPage(page);
  await page.goto(baseUrl);
  await page.getByTestId("dataset-status").filter({ hasText: "reports from" }).waitFor({ state: "attached" });
  return { browser, page, log };
}

/** Waits until the reports' distances and sides are measured (the side filter's legend stops saying "measuring"). */
export async function waitForSidesMeasured(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll("legend")].some((l) => l.textContent?.trim() === "Side of the border"), undefined, { timeout });
}

/** The ids of the reports MapLibre's circle layer draws in the map's view now, sorted. */
export function drawnIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set(window.__borderMap!.maplibre.queryRenderedFeatures({ layers: ["reports"] }).map((f) => String(f.properties?.id)))].sort());
}

/** Fits the whole Durand Line in the map's view (Iran tripoint to China tripoint) and waits for MapLibre to draw it. */
export async function showWholeLine(page: Page): Promise<void> {
  await page.evaluate(() => window.__borderMap!.maplibre.fitBounds([[60.5, 29.2], [75.2, 38.6]], { padding: 24, animate: false }));
  await waitForMapIdle(page);
}
