import { expect } from "vitest";
import type { Page } from "playwright-core";
import { waitForMapIdle } from "./chromium";

/** A label as MapLibre placed it: its layer, which feature it is, and one of its collision boxes in CSS pixels of the map. */
export interface LabelBox {
  layer: string;
  /** Bucket and feature: the boxes of one label share it (a label along a line has several). */
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Every box of every label MapLibre drew in its last placement, read from its
 * own collision index: the boxes it placed by collision (`grid`) and those of
 * labels that ignore placement (`ignoredGrid`), which it draws whatever they
 * cover. Circles (labels along a line) are given as their square. These are
 * the boxes MapLibre itself tests, so they are the text's as drawn, with the
 * layer's `text-padding` (2 px unless set).
 */
export function labelBoxes(page: Page): Promise<LabelBox[]> {
  return page.evaluate(() => {
    type Key = { bucketInstanceId: number; featureIndex: number };
    type Grid = { boxKeys: Key[]; bboxes: number[]; circleKeys: Key[]; circles: number[] };
    type Placement = {
      collisionIndex: { grid: Grid; ignoredGrid: Grid };
      retainedQueryData: Record<number, { bucketIndex: number; featureIndex: { bucketLayerIDs: string[][] } }>;
    };
    const map = window.__borderMap!.maplibre as unknown as { style: { placement: Placement } };
    const { collisionIndex, retainedQueryData } = map.style.placement;
    // The collision grid reaches 100 px beyond each side of the map (MapLibre's viewportPadding).
    const pad = 100;
    const out: LabelBox[] = [];
    const layerOf = (key: Key) => {
      const data = retainedQueryData[key.bucketInstanceId];
      return data ? data.featureIndex.bucketLayerIDs[data.bucketIndex]!.join(",") : "?";
    };
    for (const grid of [collisionIndex.grid, collisionIndex.ignoredGrid]) {
      grid.boxKeys.forEach((key, i) => {
        const [x1, y1, x2, y2] = grid.bboxes.slice(i * 4, i * 4 + 4) as [number, number, number, number];
        out.push({ layer: layerOf(key), label: `${key.bucketInstanceId}:${key.featureIndex}`, x1: x1 - pad, y1: y1 - pad, x2: x2 - pad, y2: y2 - pad });
      });
      grid.circleKeys.forEach((key, i) => {
        const [x, y, r] = grid.circles.slice(i * 3, i * 3 + 3) as [number, number, number];
        out.push({ layer: layerOf(key), label: `${key.bucketInstanceId}:${key.featureIndex}`, x1: x - r - pad, y1: y - r - pad, x2: x + r - pad, y2: y + r - pad });
      });
    }
    return out;
  });
}

/** Pairs of boxes of different labels that overlap (by more than a hair: `slackPx` of each box is allowed to touch). */
export function overlappingPairs(boxes: readonly LabelBox[], slackPx = 0.5): [LabelBox, LabelBox][] {
  const pairs: [LabelBox, LabelBox][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.label === b.label) continue;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > slackPx && h > slackPx) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** The boxes of the labels drawn inside the map's view (the collision grid also reaches 100 px beyond it). */
async function visibleBoxes(page: Page): Promise<LabelBox[]> {
  const size = await page.evaluate(() => {
    const c = window.__borderMap!.maplibre.getContainer();
    return { width: c.clientWidth, height: c.clientHeight };
  });
  return (await labelBoxes(page)).filter((b) => b.x2 > 0 && b.y2 > 0 && b.x1 < size.width && b.y1 < size.height);
}

/** Fails with the layers and boxes of every pair of labels that overlap. */
export async function expectNoOverlap(page: Page): Promise<LabelBox[]> {
  await waitForMapIdle(page);
  const boxes = await visibleBoxes(page);
  const pairs = overlappingPairs(boxes).map(([a, b]) => `${a.layer} [${a.x1.toFixed(0)},${a.y1.toFixed(0)},${a.x2.toFixed(0)},${a.y2.toFixed(0)}] × ${b.layer} [${b.x1.toFixed(0)},${b.y1.toFixed(0)},${b.x2.toFixed(0)},${b.y2.toFixed(0)}]`);
  expect(pairs).toEqual([]);
  return boxes;
}
