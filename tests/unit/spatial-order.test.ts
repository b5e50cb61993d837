import { describe, expect, it } from "vitest";
import { spatialOrder } from "../../src/core/distance/spatial-order";
import { seededRandom } from "../support/seeded-random";

function randomPoints(n: number, seed: number): { lons: number[]; lats: number[] } {
  const random = seededRandom(seed);
  return { lons: Array.from({ length: n }, () => 58 + random() * 20), lats: Array.from({ length: n }, () => 24 + random() * 16) };
}

/** Total length of the path through the points in the given order, degrees. */
function pathLength(lons: number[], lats: number[], order: ArrayLike<number>): number {
  let total = 0;
  for (let j = 1; j < order.length; j++) total += Math.hypot(lons[order[j]!]! - lons[order[j - 1]!]!, lats[order[j]!]! - lats[order[j - 1]!]!);
  return total;
}

describe("spatialOrder", () => {
  it("is a permutation of the input indices, points without coordinates included", () => {
    const { lons, lats } = randomPoints(5_000, 7);
    lons[10] = Number.NaN;
    lats[20] = Number.POSITIVE_INFINITY;
    const order = spatialOrder(lons, lats);
    expect(order.length).toBe(5_000);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 5_000 }, (_, i) => i));
  });

  it("puts neighbours on the map next to each other: the path through them is far shorter than in input order", () => {
    const { lons, lats } = randomPoints(20_000, 8);
    const input = Uint32Array.from({ length: 20_000 }, (_, i) => i);
    const ordered = pathLength(lons, lats, spatialOrder(lons, lats));
    // A random order walks about a third of the box's size a step; a Z-order curve over
    // 20,000 points a few hundredths of a degree.
    expect(ordered).toBeLessThan(pathLength(lons, lats, input) / 20);
  });

  it("handles no points, one point, and points all at one place", () => {
    expect([...spatialOrder([], [])]).toEqual([]);
    expect([...spatialOrder([66], [30])]).toEqual([0]);
    expect([...spatialOrder([66, 66, 66], [30, 30, 30])].sort()).toEqual([0, 1, 2]);
  });
});
