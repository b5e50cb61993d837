import { scaleBar, type SnapshotLayout } from "../core/snapshot-layout";
import type { MapCapture } from "../map/map-capture";
import { sourcesLine, type SnapshotText } from "../core/snapshot-caption";

export interface LegendItem {
  kind: "dot" | "dashed-line" | "area";
  color: string;
  label: string;
}

const FONT = "system-ui, 'DejaVu Sans', Arial, sans-serif";
const INK = "#1d1d1f";
const MUTED = "#4a4a4f";

/** Draws a line of text no wider than `maxWidth`: smaller down to 80 % of `px`, then cut with "…". Text only, never markup. */
function fitText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number, px: number, weight = ""): void {
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

/** Draws text over at most `maxLines` lines of `lineHeight`, broken between words; the last line shrinks or is cut to fit. */
function wrapText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number, px: number, maxLines: number, lineHeight: number): void {
  ctx.font = `${px}px ${FONT}`;
  const words = text.split(" ");
  let line = "";
  let row = 0;
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (line && ctx.measureText(next).width > maxWidth && row < maxLines - 1) {
      ctx.fillText(line, x, y + row * lineHeight);
      row++;
      line = words[i]!;
    } else line = next;
  }
  fitText(ctx, line, x, y + row * lineHeight, maxWidth, px);
}

/** How many lines `wrapText` would take for a text at `px`, unbounded. */
function lineCount(ctx: CanvasRenderingContext2D, text: string, maxWidth: number, px: number): number {
  ctx.font = `${px}px ${FONT}`;
  let lines = 1;
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > maxWidth) {
      lines++;
      line = word;
    } else line = next;
  }
  return lines;
}

/** The sources line listing as many sources as fit in `maxLines`, then "and N more" (never a name cut in half). */
function fitSources(ctx: CanvasRenderingContext2D, sources: SnapshotText["sources"], maxWidth: number, px: number, maxLines: number): string {
  for (let k = sources.names.length; k > 0; k--) {
    const text = sourcesLine(sources, k);
    if (lineCount(ctx, text, maxWidth, px) <= maxLines) return text;
  }
  return sourcesLine(sources, 0);
}

function drawLegend(ctx: CanvasRenderingContext2D, items: readonly LegendItem[], map: SnapshotLayout["map"], s: number): void {
  if (items.length === 0) return;
  const pad = 8 * s;
  const row = 18 * s;
  ctx.font = `${12 * s}px ${FONT}`;
  const width = Math.min(map.width * 0.45, Math.max(...items.map((i) => ctx.measureText(i.label).width)) + 34 * s + 2 * pad);
  const height = items.length * row + 2 * pad;
  const x = map.x + 10 * s;
  const y = map.y + 10 * s;
  ctx.fillStyle = "rgba(255, 255, 255, 0.9)";
  ctx.strokeStyle = "rgba(0, 0, 0, 0.25)";
  ctx.lineWidth = s;
  ctx.fillRect(x, y, width, height);
  ctx.strokeRect(x, y, width, height);
  items.forEach((item, i) => {
    const cy = y + pad + row * i + row / 2;
    const sx = x + pad;
    if (item.kind === "dot") {
      ctx.beginPath();
      ctx.arc(sx + 9 * s, cy, 5.5 * s, 0, 2 * Math.PI);
      ctx.fillStyle = item.color;
      ctx.fill();
      ctx.strokeStyle = "#ffffff";
      ctx.stroke();
    } else if (item.kind === "dashed-line") {
      ctx.setLineDash([6 * s, 2 * s]);
      ctx.strokeStyle = item.color;
      ctx.lineWidth = 2.5 * s;
      ctx.beginPath();
      ctx.moveTo(sx, cy);
      ctx.lineTo(sx + 20 * s, cy);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.lineWidth = s;
    } else {
      ctx.fillStyle = `${item.color}33`;
      ctx.fillRect(sx, cy - 6 * s, 20 * s, 12 * s);
      ctx.strokeStyle = item.color;
      ctx.strokeRect(sx, cy - 6 * s, 20 * s, 12 * s);
    }
    ctx.fillStyle = INK;
    ctx.textBaseline = "middle";
    fitText(ctx, item.label, sx + 28 * s, cy, width - 28 * s - 2 * pad, 12 * s);
    ctx.textBaseline = "alphabetic";
  });
}

function drawScaleBar(ctx: CanvasRenderingContext2D, capture: MapCapture, map: SnapshotLayout["map"], s: number): void {
  const imagePxPerCss = map.width / capture.cssWidth;
  const bar = scaleBar(capture.metresPerCssPx / imagePxPerCss, 140 * s);
  if (!bar) return;
  const x = map.x + 10 * s;
  const y = map.y + map.height - 12 * s;
  ctx.fillStyle = "rgba(255, 255, 255, 0.85)";
  ctx.fillRect(x - 4 * s, y - 20 * s, bar.px + 8 * s + 60 * s, 26 * s);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2 * s;
  ctx.beginPath();
  ctx.moveTo(x, y - 8 * s);
  ctx.lineTo(x, y);
  ctx.lineTo(x + bar.px, y);
  ctx.lineTo(x + bar.px, y - 8 * s);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = `${12 * s}px ${FONT}`;
  ctx.fillText(bar.label, x + bar.px + 6 * s, y - 2 * s);
}

/** An arrow pointing north, at the map's top right, when the map is turned. */
function drawNorthArrow(ctx: CanvasRenderingContext2D, bearing: number, map: SnapshotLayout["map"], s: number): void {
  if (Math.abs(bearing) < 0.5) return;
  const cx = map.x + map.width - 28 * s;
  const cy = map.y + 30 * s;
  ctx.save();
  ctx.fillStyle = "rgba(255, 255, 255, 0.9)";
  ctx.beginPath();
  ctx.arc(cx, cy, 18 * s, 0, 2 * Math.PI);
  ctx.fill();
  ctx.translate(cx, cy);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = "#b2182b";
  ctx.beginPath();
  ctx.moveTo(0, -13 * s);
  ctx.lineTo(6 * s, 6 * s);
  ctx.lineTo(-6 * s, 6 * s);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = INK;
  ctx.font = `bold ${10 * s}px ${FONT}`;
  ctx.textAlign = "center";
  ctx.fillText("N", 0, 15 * s);
  ctx.restore();
}

/**
 * The snapshot as one canvas: the title band, the map with its legend, scale
 * bar and (when turned) north arrow, and the credits band with the time and the link.
 */
export function drawSnapshot(layout: SnapshotLayout, capture: MapCapture, text: SnapshotText, legend: readonly LegendItem[]): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext("2d")!;
  const s = layout.textScale;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, layout.width, layout.height);
  const { map, header, footer } = layout;
  ctx.drawImage(capture.canvas, map.x, map.y, map.width, map.height);
  ctx.strokeStyle = "rgba(0, 0, 0, 0.3)";
  ctx.lineWidth = s;
  ctx.strokeRect(map.x + s / 2, map.y + s / 2, map.width - s, map.height - s);
  drawLegend(ctx, legend, map, s);
  drawScaleBar(ctx, capture, map, s);
  drawNorthArrow(ctx, capture.bearing, map, s);

  const left = 12 * s;
  const width = layout.width - 24 * s;
  ctx.fillStyle = INK;
  fitText(ctx, text.title, left, header.y + 26 * s, width, 20 * s, "bold");
  ctx.fillStyle = MUTED;
  fitText(ctx, text.summary, left, header.y + 47 * s, width, 13 * s);
  wrapText(ctx, text.filters, left, header.y + 66 * s, width, 13 * s, 2, 18 * s);
  wrapText(ctx, text.credits, left, footer.y + 17 * s, width, 11 * s, 2, 15 * s);
  wrapText(ctx, fitSources(ctx, text.sources, width, 11 * s, 2), left, footer.y + 47 * s, width, 11 * s, 2, 15 * s);
  ctx.fillStyle = INK;
  fitText(ctx, text.made, left, footer.y + 82 * s, width, 11 * s);
  return canvas;
}
