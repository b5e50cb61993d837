/**
 * Where each part of a PNG snapshot goes: a band for the title and the
 * caption on top, the map, a band for the credits and the link below. Sizes
 * are device pixels of the image; the map holds the exact view on screen,
 * fitted inside its box (on paper, with the land around it to fill the page).
 */

/** The screen's size, twice it, or an A4 page at 200 dpi (portrait or landscape, as the view is). */
export type SnapshotSize = "screen" | "2x" | "a4";

export const SNAPSHOT_SIZES: readonly { id: SnapshotSize; label: string }[] = [
  { id: "screen", label: "Screen" },
  { id: "2x", label: "2× (sharp)" },
  { id: "a4", label: "A4 print, 200 dpi" },
];

/** A4 landscape at 200 dots per inch (portrait swaps the two). */
export const A4_200DPI = { width: Math.round((297 / 25.4) * 200), height: Math.round((210 / 25.4) * 200) };
/** The paper's margin around the map and the text: 5 mm at 200 dpi, within what printers can print. */
export const PAPER_MARGIN_PX = Math.round((5 / 25.4) * 200);

/** Heights of the bands at text scale 1, in pixels: the title, the subtitle, two lines of caption; two lines of map credits, two of report sources, the time and the link. */
export const HEADER_PX = 92;
export const FOOTER_PX = 92;
/** Each line of text beyond those grows its band by this much. */
export const HEADER_LINE_PX = 18;
export const FOOTER_LINE_PX = 15;
/** Text is sized for a page this wide at A4 landscape: a printed page reads like a 1,200-pixel screen (the same size on a portrait page). */
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
  /** Left and right margin of the text (and, on paper, of the map), pixels. */
  margin: number;
  header: Box;
  footer: Box;
  /** Where the map's image goes. */
  map: Box;
  /** The map is drawn at this pixel ratio (image pixels per CSS pixel of the map). */
  mapPixelRatio: number;
  /**
   * The map's size to draw, CSS pixels: the screen's, or on paper larger in
   * one direction so that the map fills its box (the same centre and scale,
   * more of the land around the view on screen).
   */
  drawCss: { width: number; height: number };
}

/** The A4 page for a map view: landscape when the view is wider than tall, else portrait. */
export function a4Page(mapCss: { width: number; height: number }): { width: number; height: number } {
  return mapCss.width > mapCss.height ? { ...A4_200DPI } : { width: A4_200DPI.height, height: A4_200DPI.width };
}

/**
 * The layout of a snapshot of a map that is `mapCss` CSS pixels on screen,
 * at a named size or at an exact image size (the command line's `--width`, `--height` and `--scale`,
 * which sizes the text and the map's pixels as a screen of that pixel ratio would).
 * On screen sizes the map keeps the view's aspect; on paper it fills the page
 * between its margins and the bands, the view on screen whole inside it.
 *
 * @example
 * snapshotLayout({ width: 800, height: 600 }, "2x"); // 1600 × (1200 + 2 × 184), the map at pixel ratio 2
 * snapshotLayout({ width: 800, height: 600 }, "a4"); // 2339 × 1654 (landscape), the map 2261 pixels wide
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
  const paper = size === "a4";
  if (size === "screen" || size === "2x") {
    textScale = size === "2x" ? 2 : 1;
    width = cssW * textScale;
    height = (cssH + HEADER_PX + FOOTER_PX + extraLines.header * HEADER_LINE_PX + extraLines.footer * FOOTER_LINE_PX) * textScale;
  } else if (size === "a4") {
    ({ width, height } = a4Page(mapCss));
    textScale = A4_200DPI.width / A4_TEXT_WIDTH_PX;
  } else {
    width = Math.max(1, Math.round(size.width));
    height = Math.max(1, Math.round(size.height));
    textScale = size.scale ?? 1;
  }
  const margin = paper ? PAPER_MARGIN_PX : Math.round(12 * textScale);
  const headerH = Math.round((HEADER_PX + extraLines.header * HEADER_LINE_PX) * textScale) + (paper ? margin : 0);
  const footerH = Math.round((FOOTER_PX + extraLines.footer * FOOTER_LINE_PX) * textScale) + (paper ? margin : 0);
  const room = paper
    ? { x: margin, y: headerH, width: width - 2 * margin, height: Math.max(1, height - headerH - footerH) }
    : { x: 0, y: headerH, width, height: Math.max(1, height - headerH - footerH) };
  // The view on screen fits whole: the pixel ratio at which its limiting side fills the room.
  const ratio = Math.min(room.width / cssW, room.height / cssH);
  let map: Box;
  let drawCss: { width: number; height: number };
  if (paper) {
    map = room;
    drawCss = { width: Math.max(cssW, Math.round(room.width / ratio)), height: Math.max(cssH, Math.round(room.height / ratio)) };
  } else {
    const mapW = Math.round(cssW * ratio);
    const mapH = Math.round(cssH * ratio);
    map = { x: Math.round((width - mapW) / 2), y: headerH + Math.round((room.height - mapH) / 2), width: mapW, height: mapH };
    drawCss = { width: cssW, height: cssH };
  }
  return {
    width,
    height,
    textScale,
    margin,
    // On paper the bands' text keeps the page's margin at the top and the foot too.
    header: { x: 0, y: paper ? margin : 0, width, height: headerH - (paper ? margin : 0) },
    footer: { x: 0, y: height - footerH, width, height: footerH - (paper ? margin : 0) },
    map,
    mapPixelRatio: ratio,
    drawCss,
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
