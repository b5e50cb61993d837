import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { CROWDED_VIEW } from "../../src/core/view/crowded-view";
import { offsiteRequests, openApp, showWholeLine, waitForMapIdle, type PageLog } from "./support/chromium";
import { expectNoOverlap } from "./support/label-boxes";
import { screenshot } from "./support/screenshots";

const REPORTS = 10_000; // well over the rule's 2,000 in view, and drawn by the dots canvas (from 5,000) as 100,000 would be

/** The list's heading: how many shown reports are in the map's view, as the store counts them. */
async function inView(page: Page): Promise<number> {
  const text = await page.getByText(/shown reports are in the map/).first().innerText();
  return Number(text.split(" of ")[0]!.replace(/,/g, ""));
}

describe("the notice of a crowded map", () => {
  describe(`with ${REPORTS.toLocaleString("en")} synthetic reports`, () => {
    let browser: Browser;
    let page: Page;
    let log: PageLog;

    beforeAll(async () => {
      ({ browser, page, log } = await openApp(`${inject("baseUrl")}?synthetic=${REPORTS}&seed=1`));
      await page.getByTestId("dataset-status").filter({ hasText: `${REPORTS.toLocaleString("en")} reports` }).waitFor({ state: "attached",  timeout: 60_000 });
      await showWholeLine(page);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it("appears at national zoom, where every report is in view", async () => {
      const notice = page.getByTestId("density-notice");
      await notice.waitFor({ timeout: 30_000 });
      expect(await inView(page)).toBeGreaterThan(CROWDED_VIEW.maxInView);
      expect(await page.evaluate(() => window.__borderMap!.maplibre.getZoom())).toBeLessThan(CROWDED_VIEW.belowZoom);
      expect(await notice.getByRole("button").allInnerTexts()).toEqual(["Clusters", "A heatmap", "Keep the dots"]);
      await screenshot(page, "density-notice.png");
    });

    it("switches to clusters: the view's radio, the map's cluster layers and no dots below zoom 10; the notice goes", async () => {
      await page.getByTestId("density-notice").getByRole("button", { name: "Clusters" }).click();
      await page.getByTestId("density-notice").waitFor({ state: "detached" });
      await waitForMapIdle(page);
      const map = await page.evaluate(() => {
        const m = window.__borderMap!.maplibre;
        return { bubbles: m.getLayoutProperty("cluster-bubbles", "visibility"), drawn: m.queryRenderedFeatures({ layers: ["cluster-bubbles"] }).length };
      });
      expect(map.bubbles).toBe("visible");
      expect(map.drawn).toBeGreaterThan(0);
      expect(await page.evaluate(() => window.__borderMap!.gpuDrawnIds()?.length ?? 0)).toBe(0);
      expect(page.url()).toContain("view=clusters");
      await screenshot(page, "density-notice-clusters.png");
      // The bubbles' counts are labels too: the places' names make way for them.
      await expectNoOverlap(page);
    });

    it("comes back with each report as a dot, and the heatmap button puts the heatmap in their place", async () => {
      await page.getByRole("radio", { name: /^Each report/ }).check();
      const notice = page.getByTestId("density-notice");
      await notice.waitFor();
      await notice.getByRole("button", { name: "A heatmap" }).click();
      await notice.waitFor({ state: "detached" });
      await waitForMapIdle(page);
      expect(await page.evaluate(() => window.__borderMap!.maplibre.getLayoutProperty("reports-heat", "visibility"))).toBe("visible");
      expect(await page.evaluate(() => window.__borderMap!.gpuDrawnIds()?.length ?? 0)).toBe(0);
      await screenshot(page, "density-notice-heatmap.png");
    });

    it("stays away once dismissed", async () => {
      await page.getByRole("checkbox", { name: "Density heatmap" }).uncheck();
      const notice = page.getByTestId("density-notice");
      await notice.waitFor();
      await notice.getByRole("button", { name: "Keep the dots" }).click();
      await notice.waitFor({ state: "detached" });
      await page.evaluate(() => window.__borderMap!.maplibre.zoomTo(5, { animate: false }));
      await waitForMapIdle(page);
      expect(await page.getByTestId("density-notice").count()).toBe(0);
    });

    it("asks nothing of any other host and logs no error", () => {
      expect(offsiteRequests(log.requests)).toEqual([]);
      expect(log.errors).toEqual([]);
    });
  });

  describe("with the seed reports", () => {
    it("does not appear, at national zoom or closer", async () => {
      const { browser, page } = await openApp(inject("baseUrl"));
      try {
        for (const zoom of [5, 7, 9]) {
          await page.evaluate((zoom) => window.__borderMap!.maplibre.jumpTo({ center: [68.5, 32.5], zoom }), zoom);
          await waitForMapIdle(page);
          expect(await page.getByTestId("density-notice").count()).toBe(0);
        }
      } finally {
        await browser.close();
      }
    });
  });
});
