import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";

const SCREENSHOTS = new URL("../../../test-results/", import.meta.url);
const README_IMAGES = new URL("../../../docs/", import.meta.url);

/** Saves a screenshot to test-results/; README's images (`readmeName`) also go to docs/ when UPDATE_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string, readmeName?: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: new URL(name, SCREENSHOTS).pathname });
  if (readmeName && process.env.UPDATE_SCREENSHOTS === "1") {
    await page.screenshot({ path: new URL(readmeName, README_IMAGES).pathname });
  }
}
