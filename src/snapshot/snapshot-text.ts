import { sourcesLine, type SnapshotText } from "../core/snapshot/snapshot-caption";
import { FOOTER_LINE_PX, HEADER_LINE_PX } from "../core/snapshot/snapshot-layout";

/** The snapshot's typeface: the system's sans-serif (nothing is fetched). */
export const FONT = "system-ui, 'DejaVu Sans', Arial, sans-serif";
/** Lines the bands always have room for: two of caption; two of credits, two of sources, one for the time and link. */
const CAPTION_LINES = 2;
const CREDIT_LINES = 2;
const SOURCE_LINES = 2;
const MADE_LINES = 1;

/**
 * Text broken into lines no wider than `maxWidth`: between words, and inside
 * a word that is wider than a line alone (a link), so that nothing is cut.
 */
export function wrapLines(ctx: CanvasRenderingContext2D, text: string, maxWidth: number, px: number, weight = ""): string[] {
  ctx.font = `${weight} ${px}px ${FONT}`.trim();
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= maxWidth) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word longer than a line: as many characters as fit, then the rest on the next.
    while (ctx.measureText(line).width > maxWidth && line.length > 1) {
      let fit = line.length - 1;
      while (fit > 1 && ctx.measureText(line.slice(0, fit)).width > maxWidth) fit--;
      lines.push(line.slice(0, fit));
      line = line.slice(fit);
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** Draws a line of text no wider than `maxWidth`: smaller down to 80 % of `px`, then cut with "…" (titles, legend labels). Text only, never markup. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number, px: number, weight = ""): void {
  let size = px;
  ctx.font = `${weight} ${size}px ${FONT}`.trim();
  while (ctx.measureText(text).width > maxWidth && size > px * 0.8) {
    size -= px * 0.05;
    ctx.font = `${weight} ${size}px ${FONT}`.trim();
  }
  let line = text;
  if (ctx.measureText(line).width > maxWidth) {
    let lo = 0;
    let hi = line.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    line = `${text.slice(0, lo)}…`;
  }
  ctx.fillText(line, x, y);
}

/** The sources line listing as many sources as fit in its lines, then "and N more" (never a name cut in half). */
function fitSources(ctx: CanvasRenderingContext2D, sources: SnapshotText["sources"], maxWidth: number, px: number): string[] {
  for (let k = sources.names.length; k > 0; k--) {
    const lines = wrapLines(ctx, sourcesLine(sources, k), maxWidth, px);
    if (lines.length <= SOURCE_LINES) return lines;
  }
  return wrapLines(ctx, sourcesLine(sources, 0), maxWidth, px);
}

/** The bands' text as lines at an image width and text scale: the whole caption, every credit and the whole link, however many lines they take. */
export interface BandLines {
  caption: string[];
  credits: string[];
  sources: string[];
  made: string[];
}

/** `margin`: the text's left and right margin, pixels. */
export function bandLines(ctx: CanvasRenderingContext2D, text: SnapshotText, imageWidth: number, s: number, margin = 12 * s): BandLines {
  const width = imageWidth - 2 * margin;
  return {
    caption: wrapLines(ctx, text.caption, width, 13 * s),
    credits: wrapLines(ctx, text.credits, width, 11 * s),
    sources: fitSources(ctx, text.sources, width, 11 * s),
    made: wrapLines(ctx, text.made, width, 11 * s),
  };
}

/** Lines beyond what the bands always hold (see `snapshotLayout`'s `extraLines`). */
export function extraLines(lines: BandLines): { header: number; footer: number } {
  return {
    header: Math.max(0, lines.caption.length - CAPTION_LINES),
    footer: Math.max(0, lines.credits.length - CREDIT_LINES) + Math.max(0, lines.sources.length - SOURCE_LINES) + Math.max(0, lines.made.length - MADE_LINES),
  };
}

/** Where each band's lines go (baselines), at text scale `s`. */
export function drawBandLines(ctx: CanvasRenderingContext2D, lines: BandLines, header: { y: number }, footer: { y: number }, left: number, s: number, ink: string, muted: string): void {
  ctx.fillStyle = muted;
  ctx.font = `${13 * s}px ${FONT}`;
  lines.caption.forEach((line, i) => ctx.fillText(line, left, header.y + 66 * s + i * HEADER_LINE_PX * s));
  ctx.font = `${11 * s}px ${FONT}`;
  let y = footer.y + 17 * s;
  for (const line of [...lines.credits, ...lines.sources]) {
    ctx.fillText(line, left, y);
    y += FOOTER_LINE_PX * s;
  }
  y += 5 * s;
  ctx.fillStyle = ink;
  for (const line of lines.made) {
    ctx.fillText(line, left, y);
    y += FOOTER_LINE_PX * s;
  }
}
