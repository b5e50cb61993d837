// npm run bench:explore: the explore tools at scale in the system's Chromium (headless, software
// WebGL), on 100,000 synthetic reports opened with ?synthetic=100000 (generated in the page from a
// seed, marked synthetic, never mixed with the real reports). Builds nothing: run `npm run build` first.
//
//   npm run bench:explore -- [reports=100000]
import os from "node:os";
import { preview } from "vite";
import { launchChromium, waitForMapIdle } from "../../tests/browser/support/chromium";

const reports = Number(process.argv[2] ?? 100_000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await preview({ logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const w = window as unknown as { __long: { start: number; duration: number }[]; __idle: number[] };
    w.__long = [];
    w.__idle = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${url}?synthetic=${reports}`);
  await page.getByTestId("dataset-status").filter({ hasText: `${reports.toLocaleString("en")} reports` }).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => window.__borderMap?.maplibre.isStyleLoaded() === true, undefined, { timeout: 120_000 });
  await page.evaluate(() => new Promise<void>((resolve) => window.__borderMap!.maplibre.once("idle", () => resolve())));
  const firstIdle = await page.evaluate(() => performance.now());
  // The reports' distances (for the side and within-N filters) arrive after: wait for the page to settle.
  await page.waitForFunction(() => [...document.querySelectorAll("legend")].some((l) => l.textContent?.trim() === "Side of the border"), undefined, { timeout: 120_000 });
  await waitForMapIdle(page);
  await page.waitForTimeout(2_000);
  const loadLong = await page.evaluate(() => (window as unknown as { __long: { duration: number }[] }).__long.map((t) => t.duration));

  /** Time from a change to the map's next idle (the new set drawn), page clock. */
  const timed = async (change: () => Promise<void>) => {
    const start = await page.evaluate(() => performance.now());
    const idle = page.evaluate(() => new Promise<number>((resolve) => window.__borderMap!.maplibre.once("idle", () => resolve(performance.now()))));
    await change();
    return (await idle) - start;
  };
  const since = await page.evaluate(() => performance.now());
  await page.getByRole("radio", { name: /^Each report/ }).check();
  await waitForMapIdle(page);
  const filterMs: number[] = [];
  for (const n of [3, 5, 8, 12, 2, 6, 10, 1, 4, 7]) filterMs.push(await timed(() => page.locator('input[name="filter-killed"]').fill(String(n))));
  await page.locator('input[name="filter-killed"]').fill("");
  await waitForMapIdle(page);
  const periodMs: number[] = [];
  for (const [from, to] of [["2024-02-01", "2024-03-01"], ["2024-05-01", "2024-07-15"], ["2025-01-01", "2025-01-31"], ["2024-09-10", "2024-12-01"], ["2025-06-01", "2025-08-01"]]) {
    periodMs.push(
      await timed(async () => {
        await page.locator('input[name="filter-date-from"]').fill(from!);
        await page.locator('input[name="filter-date-to"]').fill(to!);
      }),
    );
  }
  const filterLong = await page.evaluate((since) => (window as unknown as { __long: { start: number; duration: number }[] }).__long.filter((t) => t.start >= since).map((t) => t.duration), since);

  // Playback at 10 steps a second for 5 s: how many windows the page applied.
  await page.locator('select[name="play-window"]').selectOption("14");
  await page.locator('select[name="play-speed"]').selectOption("10");
  const playSince = await page.evaluate(() => performance.now());
  const before = await page.locator('input[name="filter-date-from"]').inputValue();
  await page.getByRole("button", { name: "Play" }).click();
  const steps: string[] = [];
  const playStart = Date.now();
  while (Date.now() - playStart < 5_000) {
    const v = await page.locator('input[name="filter-date-from"]').inputValue();
    if (v !== steps.at(-1)) steps.push(v);
    await page.waitForTimeout(20);
  }
  await page.getByRole("button", { name: "Pause" }).click();
  const playLong = await page.evaluate((since) => (window as unknown as { __long: { start: number; duration: number }[] }).__long.filter((t) => t.start >= since).map((t) => t.duration), playSince);
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  // A step moves the window one bar: a day, or a week over long periods.
  const binDays = /a bar a week/.test((await page.getByTestId("timeline-period").textContent()) ?? "") ? 7 : 1;
  const advanced = steps.length > 0 ? days(before || steps[0]!, steps.at(-1)!) / binDays : 0;

  const round = (xs: number[]) => xs.map((x) => Math.round(x)).join(", ") || "none";
  console.log(`machine: ${os.cpus()[0]?.model ?? "unknown"} (${os.cpus().length} cores), node ${process.version}, ${new Date().toISOString().slice(0, 10)}; Chromium headless, software WebGL (SwiftShader)`);
  console.log(`${reports.toLocaleString("en")} synthetic reports`);
  console.log(`  navigation to the map's first idle with the reports drawn: ${(firstIdle / 1000).toFixed(2)} s (bar: 4 s); long tasks while loading (ms): ${round(loadLong)}`);
  console.log(`  killed at least N, change to the map idle: median ${Math.round(median(filterMs))} ms (bar: 150 ms), each: ${round(filterMs)}`);
  console.log(`  a period typed (two dates), change to the map idle: median ${Math.round(median(periodMs))} ms, each: ${round(periodMs)}`);
  console.log(`  long tasks while filtering (ms): ${round(filterLong)} (bar: none over 200 ms)`);
  console.log(`  playback at 10 steps a second for 5 s: ${(advanced / 5).toFixed(1)} steps a second (bar: 10); long tasks while playing (ms): ${round(playLong)}`);
} finally {
  await browser.close();
  await server.close();
}
