import { existsSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build, preview } from "vite";
import { FOOTER_PX, HEADER_PX } from "../core/snapshot/snapshot-layout";
import { launchChromium } from "./chromium";
import { fail, type CliIo } from "./io";

export const SNAPSHOT_USAGE = `usage: npm run cli -- snapshot --state 'HASH' --out map.png [--width 1600] [--height 1000] [--scale 1] [--data FILE]

Draws the view a permalink describes as a PNG, headless, in the system's Chromium: the same image the
app's "Save PNG" makes (title, filters in words, legend, scale bar, credits, time and link), WIDTH × HEIGHT pixels.
  --state  the link's part after "#" (map=6/31.2/66.5&killed=4...), or the whole link (its address is then printed
           in the image with the view)
  --scale  pixels per screen pixel: --width 3200 --height 2000 --scale 2 is the view of a 1600 × 1000 window,
           twice as sharp, text included (for print)
  --data   a file of reports to show instead of the seed data: GeoJSON, CSV as ACLED exports it, KML, or a
           snapshot file (--state, when given, still sets the view)
Builds the app first when dist/ is missing. Exit status: 0 written; 3 written, but --data had rows that could not be
read (named on standard error); 2 an option, the --data file or the page failed.`;

const ROOT = new URL("../../", import.meta.url);
/** Smallest map that still shows something, under the title and credit bands. */
const MIN_MAP_PX = 100;

/** The hash of a link, or the hash itself, without its "#". */
function stateOf(text: string): string {
  const at = text.indexOf("#");
  return at >= 0 ? text.slice(at + 1) : text;
}

/** The app's address when the state was given as a whole link (printed in the image with the view), else null. */
function linkBaseOf(text: string): string | null {
  const m = /^(https?:\/\/[^#\s]*)#/.exec(text.trim());
  return m ? m[1]! : null;
}

function size(value: string | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > 8000) fail(`--${name} must be a whole number of pixels from ${min} to 8000, not ${JSON.stringify(value)}`);
  return n;
}

/** `snapshot --state HASH --out FILE [--width W --height H] [--data FILE]`: the view as a PNG, from the built app in Chromium. */
export async function snapshot(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      state: { type: "string" },
      out: { type: "string" },
      width: { type: "string" },
      height: { type: "string" },
      scale: { type: "string" },
      data: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    io.out(`${SNAPSHOT_USAGE}\n`);
    return 0;
  }
  if (!values.out) fail(`snapshot needs --out FILE.png\n${SNAPSHOT_USAGE}`);
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!Number.isFinite(scale) || scale < 0.5 || scale > 4) fail(`--scale must be a number from 0.5 to 4, not ${JSON.stringify(values.scale)}`);
  const width = size(values.width, 1600, "width", Math.ceil(200 * scale));
  const height = size(values.height, 1000, "height", Math.ceil((HEADER_PX + FOOTER_PX + MIN_MAP_PX) * scale));
  if (values.data && !existsSync(values.data)) fail(`cannot read ${values.data}: no such file`);
  const out = resolve(values.out);
  if (!existsSync(dirname(out))) fail(`cannot write ${values.out}: no such folder ${dirname(out)}`);
  const data = values.data ? resolve(values.data) : undefined;

  const root = fileURLToPath(ROOT);
  if (!existsSync(new URL("dist/index.html", ROOT))) {
    io.err("Building the app (dist/ is missing)…\n");
    await build({ root, logLevel: "warn" });
  }
  const server = await preview({ root, logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
  const browser = await launchChromium();
  try {
    const base = server.resolvedUrls?.local[0];
    if (!base) fail("the app's server did not start");
    // The map fills the window; the title and credit bands are added around it, to WIDTH × HEIGHT.
    const page = await browser.newPage({ viewport: { width: Math.round(width / scale), height: Math.round(height / scale) - HEADER_PX - FOOTER_PX } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const linkBase = linkBaseOf(values.state ?? "");
    await page.goto(`${base}?bare${linkBase ? `&linkBase=${encodeURIComponent(linkBase)}` : ""}#${stateOf(values.state ?? "")}`);
    if (data) await page.locator('input[type="file"]').first().setInputFiles(data);
    await page.waitForFunction(
      (file) => {
        const status = document.querySelector('[data-testid="dataset-status"]')?.textContent ?? "";
        const rejected = document.querySelector('[data-testid="rejected"]')?.textContent ?? "";
        const loaded = status.includes("reports from") && (file === null || status.includes(file));
        return typeof window.__borderSnapshot === "function" && (loaded || (file !== null && rejected.includes(file)));
      },
      data ? (values.data ?? "").split(/[\\/]/).pop()! : null,
      { timeout: 120_000 },
    );
    for (const problem of await page.locator(".map-notices li").allTextContents()) io.err(`warning: ${problem}\n`);
    const issues = await page.getByTestId("issues").locator("li").allTextContents();
    for (const issue of issues) io.err(`${values.data}: ${issue}\n`);
    if (data && (await page.getByTestId("rejected").count()) > 0) {
      for (const issue of await page.getByTestId("rejected").locator("li").allTextContents()) io.err(`${values.data}: ${issue}\n`);
      fail(`no report could be read from ${values.data}`);
    }
    // A snapshot file sets its own view; a --state given with it wins.
    if (data && values.state) await page.evaluate((hash) => {
      history.pushState(null, "", `${location.pathname}${location.search}#${hash}`);
      dispatchEvent(new PopStateEvent("popstate"));
    }, stateOf(values.state));
    // (React applies the view on its next render, before the snapshot asks the map for its image.)
    if (data && values.state) await page.waitForTimeout(200);
    const png = await page.evaluate(([w, h, s]) => window.__borderSnapshot!(w, h, s), [width, height, scale] as const);
    if (errors.length > 0) io.err(`warning: the page reported: ${errors.join("; ")}\n`);
    writeFileSync(out, Buffer.from(png, "base64"));
    io.out(`${values.out}: ${width} × ${height} pixels\n`);
    return issues.length > 0 ? 3 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}
