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
    const w = window as unknown as { __long: { start: number; duration: number }[]; __dots: number[] };
    w.__long = [];
    w.__dots = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
    // Each draw of the dots canvas (the reports drawn from 5,000 on): a User Timing mark.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === "report-dots-drawn") w.__dots.push(e.startTime);
    }).observe({ type: "mark", buffered: true });
  });
  await page.goto(`${url}?synthetic=${reports}`);
  await page.getByTestId("dataset-status").filter({ hasText: `${reports.toLocaleString("en")} reports` }).waitFor({ timeout: 120_000 });
  // Drawn: the dots canvas has drawn the reports and MapLibre has everything else on screen.
  await page.waitForFunction(() => (window as unknown as { __dots: number[] }).__dots.length > 0, undefined, { timeout: 120_000, polling: 10 });
  await page.waitForFunction(() => window.__borderMap?.maplibre.loaded() === true, undefined, { timeout: 120_000, polling: 10 });
  const firstIdle = await page.evaluate(() => performance.now());
  // The reports' distances (for the side and within-N filters) arrive after: wait for the page to settle.
  await page.waitForFunction(() => [...document.querySelectorAll("legend")].some((l) => l.textContent?.trim() === "Side of the border"), undefined, { timeout: 120_000 });
  await waitForMapIdle(page);
  await page.waitForTimeout(2_000);
  const loadLong = await page.evaluate(() => (window as unknown as { __long: { duration: number }[] }).__long.map((t) => t.duration));

  /**
   * Time from a change to the new set on screen, page clock: the dots canvas's
   * next draw, the frame that shows it, and MapLibre idle if the change gave it work.
   */
  const timed = async (change: () => Promise<void>) => {
    const start = await page.evaluate(() => performance.now());
    await change();
    return page.evaluate(async (start) => {
      const dots = (window as unknown as { __dots: number[] }).__dots;
      while (!dots.some((t) => t > start)) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      const map = window.__borderMap!.maplibre;
      if (!map.loaded()) await new Promise((r) => map.once("idle", r));
      return performance.now() - start;
    }, start);
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

  // Playback at 10 steps a second for 5 s, from the first week: how many windows the page applied.
  await page.locator('input[name="filter-date-from"]').fill("");
  await page.locator('input[name="filter-date-to"]').fill("");
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
  // Playback stops by itself at the last week.
  const pause = page.getByRole("button", { name: "Pause" });
  if (await pause.isVisible()) await pause.click();
  const playDraws = await page.evaluate((since) => (window as unknown as { __dots: number[] }).__dots.filter((t) => t >= since).length, playSince);
  const playLong = await page.evaluate((since) => (window as unknown as { __long: { start: number; duration: number }[] }).__long.filter((t) => t.start >= since).map((t) => t.duration), playSince);
  // Each window the page applied (the inputs are read every 20 ms; a step moves the window one bar).
  const advanced = steps.filter((v) => v !== before).length;

  const round = (xs: number[]) => xs.map((x) => Math.round(x)).join(", ") || "none";
  console.log(`machine: ${os.cpus()[0]?.model ?? "unknown"} (${os.cpus().length} cores), node ${process.version}, ${new Date().toISOString().slice(0, 10)}; Chromium headless, software WebGL (SwiftShader)`);
  console.log(`${reports.toLocaleString("en")} synthetic reports`);
  console.log(`  navigation to the map's first idle with the reports drawn: ${(firstIdle / 1000).toFixed(2)} s (bar: 4 s); long tasks while loading (ms): ${round(loadLong)}`);
  console.log(`  killed at least N, change to the map idle: median ${Math.round(median(filterMs))} ms (bar: 150 ms), each: ${round(filterMs)}`);
  console.log(`  a period typed (two dates), change to the map idle: median ${Math.round(median(periodMs))} ms, each: ${round(periodMs)}`);
  console.log(`  long tasks while filtering (ms): ${round(filterLong)} (bar: none over 200 ms)`);
  console.log(`  playback at 10 steps a second for 5 s: ${(advanced / 5).toFixed(1)} steps a second, the dots drawn ${(playDraws / 5).toFixed(1)} times a second (bar: 10); long tasks while playing (ms): ${round(playLong)}`);
} finally {
  await browser.close();
  await server.close();
}
