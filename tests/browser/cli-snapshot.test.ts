import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { middleOf, pngColours, pngSize } from "./support/png";
import { FOOTER_PX, HEADER_PX, snapshotLayout } from "../../src/core/snapshot/snapshot-layout";
import { subEventRgb } from "../../src/map/report-colors";
import { cliBuilt as cli } from "../support/run-cli";
import { parseReports } from "../../src/core/io/validate-reports";
import { TODAY } from "../support/today";

const SHELLING = subEventRgb("Shelling/artillery/missile attack");
const ARMED_CLASH = subEventRgb("Armed clash");

describe("the built command line (npx border-map)", () => {
  it("prints the seed reports' distances, as a fresh clone's npm ci && npm run build && npx border-map distance does", () => {
    const { status, stdout } = cli("distance", "geodata/reports.geojson");
    expect(status).toBe(0);
    const written = JSON.parse(stdout) as { features: { properties: Record<string, unknown> }[] };
    const seed = parseReports(readFileSync("geodata/reports.geojson", "utf8"), { today: TODAY }).reports;
    expect(written.features.map((f) => f.properties.id)).toEqual(seed.map((r) => r.properties.id));
    // Every seed report is placed within 60 km of the line, and the district-level ones carry their range.
    for (const f of written.features) {
      const p = f.properties as { border_distance_m: number; border_distance_min_m: number; border_distance_max_m: number; accuracy_m: number };
      expect(p.border_distance_m).toBeLessThan(60_000);
      expect(p.border_distance_max_m - p.border_distance_m).toBeCloseTo(p.accuracy_m, 3);
    }
  });
});

describe("npm run cli -- snapshot", () => {
  const dir = mkdtempSync(join(tmpdir(), "snapshot-"));
  let browser: Browser;
  // A blank page, to decode the PNGs with the browser's own decoder.
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("writes WIDTH × HEIGHT pixels of the linked view, the map drawn with the filtered reports", async () => {
    const out = join(dir, "spin-boldak.png");
    const run = cli("snapshot", "--state", "#map=9/31.0/66.4&sub=Shelling%2Fartillery%2Fmissile%20attack", "--out", out, "--width", "900", "--height", "700");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${out}: 900 × 700 pixels\n`);
    const png = readFileSync(out);
    expect(pngSize(png)).toEqual({ width: 900, height: 700 });
    // The map fills the image between the bands, as the layout for that exact size puts it.
    const layout = snapshotLayout({ width: 900, height: 700 - HEADER_PX - FOOTER_PX }, { width: 900, height: 700 });
    expect(layout.map.width).toBe(900);
    const middle = middleOf(layout.map, 0.5);
    const shelling = await pngColours(page, png, middle, SHELLING);
    expect(shelling.distinct).toBeGreaterThan(200);
    expect(shelling.nearCount).toBeGreaterThan(20);
    // The link's filter keeps only shelling: no armed clash's purple.
    expect((await pngColours(page, png, middle, ARMED_CLASH)).nearCount).toBe(0);
  }, 120_000);

  it("draws another file's reports with --data, names its problems on standard error and exits 3", () => {
    const out = join(dir, "broken.png");
    const data = "tests/fixtures/broken-reports.geojson";
    const run = cli("snapshot", "--state", "map=7/31/66.5&killed=abc", "--out", out, "--width", "640", "--height", "480", "--data", data);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^warning: "killed" ignored: expected a whole number$/m);
    expect(run.stderr).toContain(`${data}: Feature 2 (id "bad-date"), field "event_date": is not a day of the calendar (February 2025 has 28 days), got "2025-02-30"`);
    expect(pngSize(readFileSync(out))).toEqual({ width: 640, height: 480 });
  }, 120_000);

  it("at --scale 2, draws the view of a window half the size, twice as sharp", async () => {
    const out = join(dir, "sharp.png");
    const run = cli("snapshot", "--state", "http://example.org/map/#map=9/31.0/66.4", "--out", out, "--width", "1200", "--height", "1000", "--scale", "2");
    expect(run.status, run.stderr).toBe(0);
    const png = readFileSync(out);
    expect(pngSize(png)).toEqual({ width: 1200, height: 1000 });
    const layout = snapshotLayout({ width: 600, height: 500 - HEADER_PX - FOOTER_PX }, { width: 1200, height: 1000, scale: 2 });
    expect(layout.mapPixelRatio).toBe(2);
    expect((await pngColours(page, png, middleOf(layout.map, 0.5), SHELLING)).nearCount).toBeGreaterThan(20 * 4);
  }, 120_000);

  it("refuses a file that gives no report, with exit status 2", () => {
    const run = cli("snapshot", "--out", join(dir, "none.png"), "--width", "640", "--height", "480", "--data", "tests/fixtures/points.csv");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: no report could be read from tests\/fixtures\/points\.csv$/m);
  }, 120_000);

  it("refuses bad options with exit status 2 and one line", () => {
    for (const bad of [
      ["snapshot", "--state", "map=5/31/66"],
      ["snapshot", "--out", join(dir, "x.png"), "--width", "wide"],
      ["snapshot", "--out", join(dir, "x.png"), "--height", "50"],
      ["snapshot", "--out", join(dir, "x.png"), "--data", join(dir, "missing.geojson")],
      ["snapshot", "--out", join(dir, "no-such-folder", "x.png")],
      ["snapshot", "--out", join(dir, "x.png"), "--scale", "9"],
    ]) {
      const run = cli(...bad);
      expect(run.status, bad.join(" ")).toBe(2);
      expect(run.stderr, bad.join(" ")).toMatch(/^error: /);
    }
  }, 60_000);
});

