/**
 * Where each part of a PNG snapshot goes: a band for the title and the
 * filters on top, the map, a band for the credits and the link below. Sizes
 * are device pixels of the image; the map keeps the exact view on screen
 * (its aspect), fitted inside its box.
 */

/** The screen's size, twice it, or A4 landscape at 200 dpi (297 × 210 mm). */
export type SnapshotSize = "screen" | "2x" | "a4";

export const SNAPSHOT_SIZES: readonly { id: SnapshotSize; label: string }[] = [
  { id: "screen", label: "Screen" },
  { id: "2x", label: "2× (sharp)" },
  { id: "a4", label: "A4 print, 200 dpi" },
];

/** A4 landscape at 200 dots per inch. */
export const A4_200DPI = { width: Math.round((297 / 25.4) * 200), height: Math.round((210 / 25.4) * 200) };

/** Heights of the bands at text scale 1, in pixels: the title, the count and dates, two lines of filters; two lines of map credits, two of report sources, the time and the link. */
export const HEADER_PX = 92;
export const FOOTER_PX = 92;
/** Each line of text beyond those grows its band by this much. */
export const HEADER_LINE_PX = 18;
export const FOOTER_LINE_PX = 15;
/** Text is sized for a page this wide at A4: a printed page reads like a 1,200-pixel screen. */
const A4_TEXT_WIDTH_PX = 1200;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SnapshotLayout {
  width: number;
  height: number;
  /** Multiplies every font size, margin and line in the bands and on the map. */
  textScale: number;
  header: Box;
  footer: Box;
  /** Where the map's image goes (its aspect is the screen's). */
  map: Box;
  /** The map is drawn at this pixel ratio (image pixels per CSS pixel of the map). */
  mapPixelRatio: number;
}

/**
 * The layout of a snapshot of a map that is `mapCss` CSS pixels on screen,
 * at a named size or at an exact image size (the command line's `--width`, `--height` and `--scale`,
 * which sizes the text and the map's pixels as a screen of that pixel ratio would).
 *
 * @example
 * snapshotLayout({ width: 800, height: 600 }, "2x"); // 1600 × (1200 + 2 × 184), the map at pixel ratio 2
 */
export function snapshotLayout(
  mapCss: { width: number; height: number },
  size: SnapshotSize | { width: number; height: number; scale?: number },
  /** Lines of text beyond what the bands always hold (long filters, credits or links): the bands grow by as many lines. */
  extraLines: { header: number; footer: number } = { header: 0, footer: 0 },
): SnapshotLayout {
  const cssW = Math.max(1, Math.round(mapCss.width));
  const cssH = Math.max(1, Math.round(mapCss.height));
  let width: number;
  let height: number;
  let textScale: number;
  if (size === "screen" || size === "2x") {
    textScale = size === "2x" ? 2 : 1;
    width = cssW * textScale;
    height = (cssH + HEADER_PX + FOOTER_PX + extraLines.header * HEADER_LINE_PX + extraLines.footer * FOOTER_LINE_PX) * textScale;
  } else if (size === "a4") {
    ({ width, height } = A4_200DPI);
    textScale = width / A4_TEXT_WIDTH_PX;
  } else {
    width = Math.max(1, Math.round(size.width));
    height = Math.max(1, Math.round(size.height));
    textScale = size.scale ?? 1;
  }
  const headerH = Math.round((HEADER_PX + extraLines.header * HEADER_LINE_PX) * textScale);
  const footerH = Math.round((FOOTER_PX + extraLines.footer * FOOTER_LINE_PX) * textScale);
  const room = { width, height: Math.max(1, height - headerH - footerH) };
  const ratio = Math.min(room.width / cssW, room.height / cssH);
  const mapW = Math.round(cssW * ratio);
  const mapH = Math.round(cssH * ratio);
  return {
    width,
    height,
    textScale,
    header: { x: 0, y: 0, width, height: headerH },
    footer: { x: 0, y: height - footerH, width, height: footerH },
    map: { x: Math.round((width - mapW) / 2), y: headerH + Math.round((room.height - mapH) / 2), width: mapW, height: mapH },
    mapPixelRatio: ratio,
  };
}

/**
 * A scale bar no longer than `maxPx`: the longest round length (1, 2 or 5 ×
 * a power of ten, in metres) and its length in pixels.
 */
export function scaleBar(metresPerPx: number, maxPx: number): { metres: number; px: number; label: string } | null {
  if (!(metresPerPx > 0) || !Number.isFinite(metresPerPx) || !(maxPx > 0)) return null;
  const most = metresPerPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(most));
  const step = [5, 2, 1].find((s) => s * power <= most) ?? 1;
  const metres = step * power;
  const label = metres >= 1000 ? `${(metres / 1000).toLocaleString("en")} km` : `${metres.toLocaleString("en")} m`;
  return { metres, px: metres / metresPerPx, label };
}

/** The report sources, most reports first (then by name), each with its count: "Dawn (3)". */
export function sourceCredits(sources: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => `${name} (${n.toLocaleString("en")})`);
}

/** The first and last `YYYY-MM-DD` among dates, or null when there are none. */
export function dateSpan(dates: Iterable<string>): [string, string] | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const d of dates) {
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  return first === null || last === null ? null : [first, last];
}
