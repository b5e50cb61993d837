// npm run bench:snapshot: "Save PNG" at each size in the system's Chromium (headless, software
// WebGL), 1280 × 800 window, on the seed reports and on 100,000 synthetic ones (generated in the
// page from a seed, marked synthetic). Time from the click to the file, five times each, median;
// the baseline, in the same page, is the browser's own screenshot of the map (Playwright's), which
// has no legend, no credits and no higher resolution.
// Builds nothing: run `npm run build` first.
//
//   npm run bench:snapshot -- [runs=5]
import os from "node:os";
import { preview } from "vite";
import type { Page } from "playwright-core";
import { launchChromium, waitForMapIdle } from "../../tests/browser/support/chromium";

const runs = Number(process.argv[2] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await preview({ logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();

async function screenshotMs(page: Page): Promise<number> {
  const start = Date.now();
  await page.locator(".map").screenshot();
  return Date.now() - start;
}

async function saveMs(page: Page, size: string): Promise<number> {
  await page.getByLabel("Size").selectOption(size);
  const start = Date.now();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save PNG" }).click()]);
  await file.path();
  const ms = Date.now() - start;
  if (process.env.SNAPSHOT_DIR) await file.saveAs(`${process.env.SNAPSHOT_DIR}/${size}.png`);
  return ms;
}

try {
  console.log(`bench:snapshot ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
  for (const [name, query] of [
    ["seed reports (12)", ""],
    ["100,000 synthetic reports", "?synthetic=100000"],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(`${url}${query}`);
    await page.getByTestId("dataset-status").filter({ hasText: "reports from" }).waitFor({ state: "attached", timeout: 120_000 });
    await page.waitForFunction(() => [...document.querySelectorAll("legend")].some((l) => l.textContent?.trim() === "Side of the border"), undefined, { timeout: 120_000 });
    await waitForMapIdle(page);
    // The picture's controls are in the Share tab (where there are tabs: the builds before them had none).
    const share = page.getByRole("tab", { name: "Share" });
    if (await share.count()) await share.click();
    // The first snapshot also waits for the bands; time the ones after it.
    await saveMs(page, "screen");
    const shots: number[] = [];
    for (let i = 0; i < runs; i++) shots.push(await screenshotMs(page));
    const shot = median(shots);
    console.log(`\n${name}: the browser's screenshot of the map (baseline) median ${(shot / 1000).toFixed(2)} s`);
    for (const size of ["screen", "2x", "a4"]) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await saveMs(page, size));
      const m = median(times);
      console.log(`  ${size.padEnd(6)} median ${(m / 1000).toFixed(2)} s (max ${(Math.max(...times) / 1000).toFixed(2)} s), ${(m / shot).toFixed(1)}× the screenshot${size === "2x" ? `; bar 2 s: ${m <= 2000 ? "met" : "NOT met"}` : ""}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
