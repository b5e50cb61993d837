import { scaleBar, type SnapshotLayout } from "../core/snapshot/snapshot-layout";
import type { MapCapture } from "../map/map-capture";
import type { SnapshotText } from "../core/snapshot/snapshot-caption";
import { drawBandLines, fitText, FONT, type BandLines } from "./snapshot-text";

export interface LegendItem {
  kind: "dot" | "ring" | "dashed-line" | "area" | "note";
  color: string;
  label: string;
}

const INK = "#1d1d1f";
const MUTED = "#4a4a4f";

function drawLegend(ctx: CanvasRenderingContext2D, items: readonly LegendItem[], map: SnapshotLayout["map"], s: number): void {
  if (items.length === 0) return;
  const pad = 8 * s;
  const row = 18 * s;
  ctx.font = `${12 * s}px ${FONT}`;
  // As wide as its longest label needs, up to the map's width (a phone's narrow map).
  const width = Math.min(map.width - 20 * s, Math.max(...items.map((i) => ctx.measureText(i.label).width)) + 34 * s + 2 * pad);
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
    } else if (item.kind === "ring") {
      ctx.beginPath();
      ctx.arc(sx + 9 * s, cy, 6 * s, 0, 2 * Math.PI);
      ctx.strokeStyle = item.color;
      ctx.lineWidth = 2 * s;
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(sx + 9 * s, cy, 3 * s, 0, 2 * Math.PI);
      ctx.fillStyle = item.color;
      ctx.fill();
      ctx.lineWidth = s;
    } else if (item.kind === "note") {
      // Text only, across the swatch's room too.
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
    const indent = item.kind === "note" ? 0 : 28 * s;
    ctx.fillStyle = item.kind === "note" ? MUTED : INK;
    ctx.textBaseline = "middle";
    fitText(ctx, item.label, sx + indent, cy, width - indent - 2 * pad, 12 * s);
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
 * Where the map's image goes in its box: the whole box, but for an image
 * drawn for a box that has since shrunk (the caption took a line more),
 * which keeps its aspect, centred.
 */
function drawnBox(box: SnapshotLayout["map"], image: { width: number; height: number }): SnapshotLayout["map"] {
  const fit = Math.min(box.width / image.width, box.height / image.height);
  const width = Math.abs(image.width * fit - box.width) <= Math.max(3, 0.005 * box.width) ? box.width : Math.round(image.width * fit);
  const height = Math.abs(image.height * fit - box.height) <= Math.max(3, 0.005 * box.height) ? box.height : Math.round(image.height * fit);
  return { x: box.x + Math.round((box.width - width) / 2), y: box.y + Math.round((box.height - height) / 2), width, height };
}

/**
 * The snapshot as one canvas: the title band, the map with its legend, scale
 * bar and (when turned) north arrow, and the credits band with the time and the link.
 */
export function drawSnapshot(layout: SnapshotLayout, capture: MapCapture, text: SnapshotText, lines: BandLines, legend: readonly LegendItem[]): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext("2d")!;
  const s = layout.textScale;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, layout.width, layout.height);
  const { header, footer } = layout;
  const map = drawnBox(layout.map, capture.canvas);
  ctx.drawImage(capture.canvas, map.x, map.y, map.width, map.height);
  ctx.strokeStyle = "rgba(0, 0, 0, 0.3)";
  ctx.lineWidth = s;
  ctx.strokeRect(map.x + s / 2, map.y + s / 2, map.width - s, map.height - s);
  drawLegend(ctx, legend, map, s);
  drawScaleBar(ctx, capture, map, s);
  drawNorthArrow(ctx, capture.bearing, map, s);

  const left = layout.margin;
  const width = layout.width - 2 * layout.margin;
  ctx.fillStyle = INK;
  fitText(ctx, text.title, left, header.y + 26 * s, width, 20 * s, "bold");
  ctx.fillStyle = MUTED;
  fitText(ctx, text.subtitle, left, header.y + 47 * s, width, 14 * s);
  drawBandLines(ctx, lines, header, footer, left, s, INK, MUTED);
  return canvas;
}
