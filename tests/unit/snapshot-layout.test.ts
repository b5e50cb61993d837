import { describe, expect, it } from "vitest";
import { A4_200DPI, PAPER_MARGIN_PX, dateSpan, FOOTER_PX, HEADER_PX, scaleBar, snapshotLayout, sourceCredits, type SnapshotSize } from "../../src/core/snapshot/snapshot-layout";
import { seededRandom } from "../support/seeded-random";

describe("snapshotLayout", () => {
  it("at screen size is the map's CSS size with the two bands; at 2× twice that, the map at pixel ratio 2", () => {
    const screen = snapshotLayout({ width: 960, height: 640 }, "screen");
    expect([screen.width, screen.height, screen.mapPixelRatio]).toEqual([960, 640 + HEADER_PX + FOOTER_PX, 1]);
    expect(screen.map).toEqual({ x: 0, y: HEADER_PX, width: 960, height: 640 });
    const double = snapshotLayout({ width: 960, height: 640 }, "2x");
    expect([double.width, double.height, double.mapPixelRatio, double.textScale]).toEqual([1920, 2 * (640 + HEADER_PX + FOOTER_PX), 2, 2]);
  });

  it("at A4 is 297 × 210 mm at 200 dpi: landscape for a view wider than tall, portrait otherwise", () => {
    expect(A4_200DPI).toEqual({ width: Math.round((297 / 25.4) * 200), height: Math.round((210 / 25.4) * 200) });
    const wide = snapshotLayout({ width: 960, height: 640 }, "a4");
    expect([wide.width, wide.height]).toEqual([2339, 1654]);
    const tall = snapshotLayout({ width: 400, height: 700 }, "a4");
    expect([tall.width, tall.height]).toEqual([1654, 2339]);
    expect(snapshotLayout({ width: 500, height: 500 }, "a4").height).toBe(2339);
    // The text is the same size on paper either way.
    expect(tall.textScale).toBe(wide.textScale);
  });

  it("for any map size on screen sizes: the map keeps its aspect, fits between the bands and is centred", () => {
    const random = seededRandom(7);
    const sizes: (SnapshotSize | { width: number; height: number })[] = ["screen", "2x"];
    for (let i = 0; i < 500; i++) {
      const css = { width: 200 + Math.floor(random() * 3000), height: 150 + Math.floor(random() * 2000) };
      const size = i % 3 === 2 ? { width: 300 + Math.floor(random() * 4000), height: 400 + Math.floor(random() * 3000) } : sizes[i % 2]!;
      const l = snapshotLayout(css, size);
      const { map } = l;
      expect(map.x).toBeGreaterThanOrEqual(0);
      expect(map.x + map.width).toBeLessThanOrEqual(l.width);
      expect(map.y).toBeGreaterThanOrEqual(l.header.y + l.header.height);
      expect(map.y + map.height).toBeLessThanOrEqual(l.footer.y);
      // Aspect to within a pixel's rounding; one side fills its room.
      expect(Math.abs(map.width / map.height - css.width / css.height)).toBeLessThan((css.width / css.height) * (1 / map.height + 1 / map.width) + 1e-9);
      const room = l.footer.y - (l.header.y + l.header.height);
      expect(map.width === l.width || Math.abs(map.height - room) <= 1).toBe(true);
      expect(Math.abs(map.x - (l.width - map.x - map.width))).toBeLessThanOrEqual(1);
      expect(Math.abs(map.width - css.width * l.mapPixelRatio)).toBeLessThanOrEqual(0.5);
      expect(l.drawCss).toEqual(css);
    }
  });

  it("for any map size on A4: the map fills the page between its margins and the bands, the view on screen whole inside it", () => {
    const random = seededRandom(8);
    for (let i = 0; i < 500; i++) {
      const css = { width: 200 + Math.floor(random() * 3000), height: 150 + Math.floor(random() * 2000) };
      const extra = { header: Math.floor(random() * 3), footer: Math.floor(random() * 3) };
      const l = snapshotLayout(css, "a4", extra);
      const { map, drawCss } = l;
      expect(l.width > l.height).toBe(css.width > css.height);
      expect([map.x, l.width - map.x - map.width]).toEqual([PAPER_MARGIN_PX, PAPER_MARGIN_PX]);
      expect(map.width).toBeGreaterThan(0.9 * l.width);
      expect(map.y).toBe(l.header.y + l.header.height);
      expect(map.y + map.height).toBe(l.footer.y);
      // Drawn larger than the screen's view in one direction at most, at the scale at which the view fits.
      expect(drawCss.width).toBeGreaterThanOrEqual(css.width);
      expect(drawCss.height).toBeGreaterThanOrEqual(css.height);
      expect(Math.min(drawCss.width - css.width, drawCss.height - css.height)).toBe(0);
      expect(Math.abs(drawCss.width * l.mapPixelRatio - map.width)).toBeLessThanOrEqual(l.mapPixelRatio);
      expect(Math.abs(drawCss.height * l.mapPixelRatio - map.height)).toBeLessThanOrEqual(l.mapPixelRatio);
    }
  });
});

describe("scaleBar", () => {
  it("is the longest 1, 2 or 5 × 10^n metres that fits, and its pixels are its metres at the map's scale", () => {
    const random = seededRandom(11);
    for (let i = 0; i < 1000; i++) {
      const metresPerPx = 10 ** (random() * 6 - 1);
      const maxPx = 40 + random() * 300;
      const bar = scaleBar(metresPerPx, maxPx)!;
      const power = 10 ** Math.floor(Math.log10(bar.metres) + 1e-9);
      expect([1, 2, 5]).toContain(Math.round(bar.metres / power));
      expect(bar.px).toBeLessThanOrEqual(maxPx + 1e-9);
      expect(bar.px * metresPerPx).toBeCloseTo(bar.metres, 6);
      const next = Math.round(bar.metres / power) === 1 ? 2 * power : Math.round(bar.metres / power) === 2 ? 5 * power : 10 * power;
      expect(next / metresPerPx).toBeGreaterThan(maxPx);
    }
  });

  it("labels metres below a kilometre and kilometres above", () => {
    expect(scaleBar(1, 120)!.label).toBe("100 m");
    expect(scaleBar(100, 120)!.label).toBe("10 km");
    expect(scaleBar(20_000, 120)!.label).toBe("2,000 km");
    expect(scaleBar(0, 120)).toBeNull();
    expect(scaleBar(Number.NaN, 120)).toBeNull();
  });
});

describe("sourceCredits and dateSpan", () => {
  it("count each source, most first, then by name", () => {
    expect(sourceCredits(["B", "A", "B", "C", "A", "B"])).toEqual(["B (3)", "A (2)", "C (1)"]);
    expect(sourceCredits([])).toEqual([]);
  });

  it("give the first and last date", () => {
    expect(dateSpan(["2025-11-02", "2025-10-15", "2025-12-05"])).toEqual(["2025-10-15", "2025-12-05"]);
    expect(dateSpan([])).toBeNull();
  });
});
