import type { Page } from "playwright-core";

/** The sidebar's tabs, one per job. */
export type TabName = "Explore" | "Measure" | "Share" | "Data";

/** Shows the tab that holds a panel (on a phone, opens the sheet at it), so that the panel's controls can be used. */
export async function showTab(page: Page, name: TabName): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if ((await tab.count()) === 0) return;
  if ((await tab.getAttribute("aria-selected")) !== "true" || (await page.locator(".app__panels--open").count()) === 0) await tab.click();
  await page.getByRole("tabpanel", { name }).waitFor();
}

/** Folds the legend over the map to its button, so that every point of the map can be clicked (a user would do the same). */
export async function foldLegend(page: Page): Promise<void> {
  const toggle = page.getByRole("button", { name: "Legend" });
  if ((await toggle.getAttribute("aria-expanded")) === "true") await toggle.click();
}
