/**
 * An order of points along a Z-order (Morton) curve over their bounding box:
 * points that are near each other on the map come near each other in the
 * order. Measuring a batch in this order keeps the border index's nodes,
 * lines and seed cells in the processor's cache from one point to the next,
 * which random order does not. Non-finite coordinates sort anywhere.
 */
export function spatialOrder(lons: ArrayLike<number>, lats: ArrayLike<number>): Uint32Array {
  const n = lons.length;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    const x = lons[i]!;
    const y = lats[i]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  // Key and index share one double (53 bits): the index takes what it needs, each axis up to 16 bits.
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const axisBits = Math.max(0, Math.min(16, Math.floor((52 - indexBits) / 2)));
  const cells = 2 ** axisBits;
  const sx = east > west ? (cells - 1) / (east - west) : 0;
  const sy = north > south ? (cells - 1) / (north - south) : 0;
  const shift = 2 ** indexBits;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = lons[i]!;
    const y = lats[i]!;
    const finite = Number.isFinite(x) && Number.isFinite(y);
    const cx = finite ? Math.floor((x - west) * sx) : 0;
    const cy = finite ? Math.floor((y - south) * sy) : 0;
    keys[i] = interleave(cx, cy) * shift + i;
  }
  keys.sort();
  const order = new Uint32Array(n);
  for (let j = 0; j < n; j++) order[j] = keys[j]! % shift;
  return order;
}

/** Spreads the low 16 bits of v to the even bits of a 32-bit number. */
function spread(v: number): number {
  let x = v & 0xffff;
  x = (x | (x << 8)) & 0x00ff00ff;
  x = (x | (x << 4)) & 0x0f0f0f0f;
  x = (x | (x << 2)) & 0x33333333;
  x = (x | (x << 1)) & 0x55555555;
  return x;
}

/** The Morton code of two 16-bit cell numbers, as an unsigned 32-bit integer. */
function interleave(cx: number, cy: number): number {
  return (spread(cx) | (spread(cy) << 1)) >>> 0;
}
