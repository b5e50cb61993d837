import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { offsiteRequests, openApp, waitForMapIdle, waitForSidesMeasured, type PageLog, showWholeLine } from "./support/chromium";
import { screenshot } from "./support/screenshots";
import { readRepoJson } from "../support/read-json";

type Seed = {
  properties: { id: string; sub_event_type: string; event_date: string; time_precision: number; killed: number | null; civilians_killed?: number; security_forces_killed?: number };
};
const seed = readRepoJson<{ features: Seed[] }>("geodata/reports.geojson").features.map((f) => f.properties);

/** Ids of the reports drawn on the map now (the whole line in view). */
function drawnIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__borderMap!.maplibre;
    return [...new Set(map.queryRenderedFeatures({ layers: ["reports"] }).map((f) => String(f.properties?.id)))].sort();
  });
}

describe("filtering the seed reports", () => {
  let browser: Browser;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ browser, page, log } = await openApp(inject("baseUrl")));
    await waitForSidesMeasured(page);
    await showWholeLine(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("keeps one sub-event type, says how many, and draws only those", async () => {
    const clashes = seed.filter((p) => p.sub_event_type === "Armed clash").map((p) => p.id).sort();
    await page.getByRole("checkbox", { name: /^Armed clash/ }).check();
    await page.getByTestId("filter-status").filter({ hasText: `${clashes.length} of ${seed.length} reports shown` }).waitFor();
    await waitForMapIdle(page);
    expect(await drawnIds(page)).toEqual(clashes);
    await screenshot(page, "filters.png");
  });

  it("adds a period: a report known to the week stays when its week touches it", async () => {
    await page.getByRole("checkbox", { name: /^Armed clash/ }).uncheck();
    await page.locator('input[name="filter-date-from"]').fill("2025-11-08");
    await page.locator('input[name="filter-date-to"]').fill("2025-11-30");
    const expected = seed.filter((p) => p.event_date === "2025-11-06" && p.time_precision !== 1).map((p) => p.id).sort();
    await page.getByTestId("filter-status").filter({ hasText: `${expected.length} of ${seed.length} reports shown` }).waitFor();
    await waitForMapIdle(page);
    expect(await drawnIds(page)).toEqual(expected);
  });

  it("counts killed of the group chosen: at least 10 of all groups, then of civilians, then of security forces", async () => {
    await page.getByRole("button", { name: "Clear all" }).click();
    const kept = (read: (p: Seed["properties"]) => number | null | undefined) => seed.filter((p) => (read(p) ?? -1) >= 10).map((p) => p.id).sort();
    // Brute force over the seed: all groups 12, 15 (civilians), 15–20 (the army's claim of Afghan forces); civilians 12 and 15; security forces the claim alone.
    const steps: [string, string[]][] = [
      ["", kept((p) => p.killed)],
      ["civilians", kept((p) => p.civilians_killed)],
      ["security_forces", kept((p) => p.security_forces_killed)],
    ];
    expect(steps.map(([, ids]) => ids.length)).toEqual([3, 2, 1]);
    await page.locator('input[name="filter-killed"]').fill("10");
    for (const [group, ids] of steps) {
      await page.locator('select[name="filter-casualty-group"]').selectOption(group);
      await page.getByTestId("filter-status").filter({ hasText: `${ids.length} of ${seed.length} reports shown` }).waitFor();
      await waitForMapIdle(page);
      expect(await drawnIds(page), group || "all groups").toEqual(ids);
    }
    // The link keeps the group, so a shared view counts the same people.
    await page.waitForFunction(() => location.hash.includes("group=security_forces") && location.hash.includes("killed=10"));
  });

  it("clears every filter with one click", async () => {
    await page.locator('input[name="filter-killed"]').fill("10");
    await page.getByRole("button", { name: "Clear all" }).click();
    await page.getByTestId("filter-status").filter({ hasText: `${seed.length} of ${seed.length} reports shown` }).waitFor();
    await waitForMapIdle(page);
    expect(await drawnIds(page)).toEqual(seed.map((p) => p.id).sort());
    await expect(page.locator('input[name="filter-killed"]').inputValue()).resolves.toBe("");
  });

  it("asks nothing of any other host and logs no error", () => {
    expect(offsiteRequests(log.requests)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

describe("the map and the panel agree on 3,000 synthetic reports", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await openApp(`${inject("baseUrl")}?synthetic=3000&seed=4`));
    await page.getByRole("radio", { name: /^Each report/ }).check();
    await waitForSidesMeasured(page);
    await showWholeLine(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("draws exactly as many reports as the panel says it keeps, filter after filter", async () => {
    const steps: [string, () => Promise<void>][] = [
      ["killed at least 5", () => page.locator('input[name="filter-killed"]').fill("5")],
      ["from 2024-06-01", () => page.locator('input[name="filter-date-from"]').fill("2024-06-01")],
      ["to 2025-03-31", () => page.locator('input[name="filter-date-to"]').fill("2025-03-31")],
      ["Pakistan's side", () => page.getByRole("checkbox", { name: /^Pakistan/ }).check()],
      ["from 2 to 30 km of the border", async () => {
        await page.locator('input[name="filter-distance-from"]').fill("2");
        await page.locator('input[name="filter-distance-to"]').fill("30");
      }],
      ["known to the day or week", async () => {
        await page.getByRole("checkbox", { name: /^1: day known/ }).check();
        await page.getByRole("checkbox", { name: /^2: known to the week/ }).check();
      }],
    ];
    let previous = 3_000;
    for (const [what, step] of steps) {
      await step();
      await waitForMapIdle(page);
      const status = (await page.getByTestId("filter-status").textContent()) ?? "";
      const kept = Number(status.match(/^([\d,]+) of/)![1]!.replace(/,/g, ""));
      expect(kept, what).toBeLessThanOrEqual(previous);
      expect((await drawnIds(page)).length, what).toBe(kept);
      previous = kept;
    }
    expect(previous).toBeGreaterThan(0);
    expect(previous).toBeLessThan(3_000);
  }, 120_000);
});
