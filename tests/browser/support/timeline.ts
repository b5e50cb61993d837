import type { Page } from "playwright-core";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of the timeline axis's labels, their text, and the chart's box, as the page lays them out. */
export function tickLabels(page: Page): Promise<{ chart: Box; labels: (Box & { text: string })[] }> {
  return page.evaluate(() => {
    const plain = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const svg = document.querySelector('[data-testid="timeline"]')!;
    const labels = [...document.querySelectorAll('[data-testid="timeline-axis"] text')].map((t) => ({ ...plain(t.getBoundingClientRect()), text: t.textContent ?? "" }));
    return { chart: plain(svg.getBoundingClientRect()), labels };
  });
}

/** Pairs of boxes that overlap (touching edges do not). */
export function overlapping(boxes: readonly Box[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) pairs.push([i, j]);
    }
  return pairs;
}

/** The chart's scale from its drawing's units to the screen's pixels, across and down: 1 and 1 when nothing is stretched. */
export function chartScale(page: Page): Promise<{ across: number; down: number; preserveAspectRatio: string | null }> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('[data-testid="timeline"]')!;
    const m = svg.getScreenCTM()!;
    return { across: Math.hypot(m.a, m.b), down: Math.hypot(m.c, m.d), preserveAspectRatio: svg.getAttribute("preserveAspectRatio") };
  });
}

/** Each bar's middle across, the foot of the bars, and its height on screen (the day's reports and the shares stacked). */
export function barsOnScreen(page: Page): Promise<{ x: number; foot: number; height: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll(".timeline__bar")].map((g) => {
      const [exact, spread] = [g.querySelector(".timeline__exact")!.getBoundingClientRect(), g.querySelector(".timeline__spread")!.getBoundingClientRect()];
      return { x: exact.x + exact.width / 2, foot: exact.y + exact.height, height: exact.height + spread.height };
    }),
  );
}

/** The labels that reach past the chart's left or right edge (a label cut by the edge). */
export function labelsOutside<T extends Box>(chart: Box, labels: readonly T[]): T[] {
  return labels.filter((l) => l.x < chart.x || l.x + l.width > chart.x + chart.width);
}
