/**
 * Writes a PNG's resolution (its pHYs chunk) so that print and word
 * processing software place it at its real size: an A4 snapshot at 200 dpi
 * comes out 297 × 210 mm rather than 62 cm wide at the 96 dpi they assume.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG computes it over a chunk's type and data. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE_BYTES = 8;
const IHDR_CHUNK_BYTES = 8 + 13 + 4;

/**
 * The PNG with a pHYs chunk of `dpi` dots per inch (as pixels per metre)
 * right after its header, replacing one already there. Throws on what is
 * not a PNG (the browser's own encoder wrote it: that would be a bug).
 *
 * @example
 * const print = withDpi(new Uint8Array(await blob.arrayBuffer()), 200);
 */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const isPng = png.length > SIGNATURE_BYTES + IHDR_CHUNK_BYTES && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452;
  if (!isPng) throw new Error("not a PNG");
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(8 + 9 + 4);
  const c = new DataView(chunk.buffer);
  c.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  c.setUint32(8, perMetre);
  c.setUint32(12, perMetre);
  chunk[16] = 1; // the unit is the metre
  c.setUint32(17, crc32(chunk.subarray(4, 17)));
  // Every chunk after the header but an old pHYs, in order.
  const parts: Uint8Array[] = [png.subarray(0, SIGNATURE_BYTES + IHDR_CHUNK_BYTES), chunk];
  let at = SIGNATURE_BYTES + IHDR_CHUNK_BYTES;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (view.getUint32(at + 4) !== 0x70485973) parts.push(png.subarray(at, end));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
