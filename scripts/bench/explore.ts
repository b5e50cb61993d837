// npm run bench:explore: the explore tools at scale in the system's Chromium (headless, software
// WebGL), on 100,000 synthetic reports opened with ?synthetic=100000 (generated in the page from a
// seed, marked synthetic, never mixed with the real reports). Builds nothing: run `npm run build` first.
//
//   npm run bench:explore -- [reports=100000]
import os from "node:os";
import { preview } from "vite";
import { launchChromium, waitForMapIdle } from "../../tests/browser/support/chromium";

const reports = Number(process.argv[2] ?? 100_000);
/** Updates a second from the first to the last: (n - 1) intervals over the time between them (ms, page clock). */
const rate = (times: number[]) => (times.length > 1 ? ((times.length - 1) * 1000) / (times.at(-1)! - times[0]!) : 0);
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
  await page.getByTestId("dataset-status").filter({ hasText: `${reports.toLocaleString("en")} reports` }).waitFor({ state: "attached", timeout: 120_000 });
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
  // A brush on the timeline: press, drag across part of it, release (the period is set on release).
  const brushMs: number[] = [];
  const box = (await page.getByTestId("timeline").boundingBox())!;
  for (const [a, b] of [[0.1, 0.2], [0.3, 0.45], [0.5, 0.55], [0.6, 0.8], [0.2, 0.3]]) {
    const y = box.y + box.height * 0.5;
    await page.mouse.move(box.x + box.width * a!, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * b!, y, { steps: 4 });
    brushMs.push(await timed(() => page.mouse.up()));
  }
  const filterLong = await page.evaluate((since) => (window as unknown as { __long: { start: number; duration: number }[] }).__long.filter((t) => t.start >= since).map((t) => t.duration), since);

  /**
   * Playback for 5 s from the first week at `speed` steps a second: the windows
   * the page applied (each change of the timeline's period text, counted in the
   * page), the dots canvas's draws, and the long tasks meanwhile.
   */
  const play = async (speed: number) => {
    await page.locator('input[name="filter-date-from"]').fill("");
    await page.locator('input[name="filter-date-to"]').fill("");
    await page.locator('select[name="play-window"]').selectOption("14");
    await page.locator('select[name="play-speed"]').selectOption(String(speed));
    await page.waitForTimeout(500);
    const since = await page.evaluate(() => {
      const w = window as unknown as { __periods: number[]; __periodObserver?: MutationObserver };
      w.__periods = [];
      w.__periodObserver?.disconnect();
      w.__periodObserver = new MutationObserver(() => w.__periods.push(performance.now()));
      w.__periodObserver.observe(document.querySelector('[data-testid="timeline-period"]')!, { characterData: true, childList: true, subtree: true });
      return performance.now();
    });
    await page.getByRole("button", { name: "Play" }).click();
    await page.waitForTimeout(5_000);
    // Playback stops by itself at the last week.
    const pause = page.getByRole("button", { name: "Pause" });
    if (await pause.isVisible()) await pause.click();
    const seen = await page.evaluate((since) => {
      const w = window as unknown as { __periods: number[]; __dots: number[]; __long: { start: number; duration: number }[] };
      return { periods: w.__periods, draws: w.__dots.filter((t) => t >= since), long: w.__long.filter((t) => t.start >= since).map((t) => t.duration) };
    }, since);
    return { windows: rate(seen.periods), draws: rate(seen.draws), long: seen.long };
  };
  const play10 = await play(10);
  const play20 = await play(20);

  const round = (xs: number[]) => xs.map((x) => Math.round(x)).join(", ") || "none";
  console.log(`machine: ${os.cpus()[0]?.model ?? "unknown"} (${os.cpus().length} cores), node ${process.version}, ${new Date().toISOString().slice(0, 10)}; Chromium headless, software WebGL (SwiftShader)`);
  console.log(`${reports.toLocaleString("en")} synthetic reports`);
  console.log(`  navigation to the reports drawn and MapLibre loaded: ${(firstIdle / 1000).toFixed(2)} s (bar: 4 s); long tasks while loading (ms): ${round(loadLong)}`);
  console.log(`  killed at least N, change to the new set on screen: median ${Math.round(median(filterMs))} ms (bar: 150 ms), each: ${round(filterMs)}`);
  console.log(`  a period typed (two dates), change to on screen: median ${Math.round(median(periodMs))} ms, each: ${round(periodMs)}`);
  console.log(`  a brush on the timeline, release to the map showing the period: median ${Math.round(median(brushMs))} ms (bar: 150 ms), each: ${round(brushMs)}`);
  console.log(`  long tasks while filtering (ms): ${round(filterLong)} (bar: none over 200 ms)`);
  for (const [speed, p] of [[10, play10], [20, play20]] as const) {
    console.log(
      `  playback asked at ${speed} steps a second: the map showed ${p.draws.toFixed(1)} new sets a second (bar: 10), ` +
        `the period changed ${p.windows.toFixed(1)} times a second; long tasks while playing (ms): ${round(p.long)} (bar: none over 200 ms)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
