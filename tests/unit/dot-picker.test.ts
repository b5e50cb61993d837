import { describe, expect, it } from "vitest";
import { DotPicker, mercatorX, mercatorY } from "../../src/core/view/dot-picker";
import { seededRandom } from "../support/seeded-random";

describe("the dot picker", () => {
  it("places longitudes and latitudes as Web Mercator does", () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    // The latitude where Web Mercator's square world ends.
    expect(mercatorY(85.0511287798066)).toBeCloseTo(0, 9);
    expect(mercatorY(-85.0511287798066)).toBeCloseTo(1, 9);
  });

  it("finds the shown dots whose disc holds the point, nearest first, as a brute-force search does", () => {
    const random = seededRandom(31);
    const n = 4_000;
    const lons = Float64Array.from({ length: n }, () => 66 + random() * 0.5);
    const lats = Float64Array.from({ length: n }, () => 30.5 + random() * 0.5);
    const radius = Float32Array.from({ length: n }, () => 2 + random() * 16);
    const shown = Uint8Array.from({ length: n }, () => (random() < 0.7 ? 1 : 0));
    const picker = new DotPicker(lons, lats, radius, 18);
    let hits = 0;
    for (let k = 0; k < 300; k++) {
      const zoom = 6 + random() * 8;
      const worldPx = 512 * 2 ** zoom;
      const scale = 0.25 + random() * 0.75;
      const x = mercatorX(66 + random() * 0.5);
      const y = mercatorY(30.5 + random() * 0.5);
      const expected: { i: number; d: number }[] = [];
      for (let i = 0; i < n; i++) {
        const d = Math.hypot((mercatorX(lons[i]!) - x) * worldPx, (mercatorY(lats[i]!) - y) * worldPx);
        if (shown[i] && d <= radius[i]! * scale + 1) expected.push({ i, d });
      }
      expected.sort((a, b) => a.d - b.d || a.i - b.i);
      const picked = picker.pick(x, y, worldPx, shown, scale);
      expect(picked).toEqual(expected.map((e) => e.i));
      hits += picked.length;
    }
    // The cases are not all misses.
    expect(hits).toBeGreaterThan(100);
  });

  it("finds nothing in an empty set", () => {
    expect(new DotPicker([], [], [], 10).pick(0.5, 0.5, 512, [])).toEqual([]);
  });
});
