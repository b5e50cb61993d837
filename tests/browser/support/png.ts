import type { Page } from "playwright-core";

/** Width and height from a PNG's header (IHDR), checking its signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => png[i] === b)) throw new Error("not a PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Page script (text, so that no bundler helper leaks into it): `read(base64, x, y, w, h)` decodes a PNG and gives a box's RGBA bytes. */
const READ_PNG = `const read = async (base64, x, y, w, h) => {
  const img = new Image();
  img.src = "data:image/png;base64," + base64;
  await img.decode();
  const c = document.createElement("canvas");
  c.width = img.naturalWidth;
  c.height = img.naturalHeight;
  const ctx = c.getContext("2d");
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(x, y, w, h).data;
};`;

/**
 * Decodes a PNG in the page (the browser is the reference decoder) and counts,
 * inside a box, the distinct colours and the pixels near one colour.
 */
export async function pngColours(
  page: Page,
  png: Buffer,
  box: { x: number; y: number; width: number; height: number },
  near: [number, number, number],
): Promise<{ distinct: number; nearCount: number }> {
  const script = `(async () => {
    ${READ_PNG}
    const d = await read("${png.toString("base64")}", ${box.x}, ${box.y}, ${box.width}, ${box.height});
    const seen = new Set();
    let nearCount = 0;
    for (let i = 0; i < d.length; i += 4) {
      seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      if (Math.abs(d[i] - ${near[0]}) + Math.abs(d[i + 1] - ${near[1]}) + Math.abs(d[i + 2] - ${near[2]}) < 40) nearCount++;
    }
    return { distinct: seen.size, nearCount };
  })()`;
  return page.evaluate(script) as Promise<{ distinct: number; nearCount: number }>;
}

/** The middle of a box: `fraction` of its width and height around its centre. */
export function middleOf(box: { x: number; y: number; width: number; height: number }, fraction: number) {
  const width = Math.round(box.width * fraction);
  const height = Math.round(box.height * fraction);
  return { x: Math.round(box.x + (box.width - width) / 2), y: Math.round(box.y + (box.height - height) / 2), width, height };
}

/** Mean absolute difference per colour channel (0–255) between a box of one PNG and a box of the same size in another, decoded in the page. */
export async function pngDifference(page: Page, a: Buffer, boxA: { x: number; y: number }, b: Buffer, boxB: { x: number; y: number }, size: { width: number; height: number }): Promise<number> {
  const script = `(async () => {
    ${READ_PNG}
    const p = await read("${a.toString("base64")}", ${boxA.x}, ${boxA.y}, ${size.width}, ${size.height});
    const q = await read("${b.toString("base64")}", ${boxB.x}, ${boxB.y}, ${size.width}, ${size.height});
    let sum = 0;
    for (let i = 0; i < p.length; i += 4) sum += Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]);
    return sum / ((p.length / 4) * 3);
  })()`;
  return page.evaluate(script) as Promise<number>;
}

/** The first and last column of row `y` whose pixel is not paper white (the map's extent across the page, its frame included), decoded in the page. */
export async function inkSpan(page: Page, png: Buffer, y: number): Promise<{ first: number; last: number }> {
  const script = `(async () => {
    ${READ_PNG}
    const img = new Image();
    img.src = "data:image/png;base64,${png.toString("base64")}";
    await img.decode();
    const d = await read("${png.toString("base64")}", 0, ${y}, img.naturalWidth, 1);
    let first = -1;
    let last = -1;
    for (let x = 0; x < d.length / 4; x++) {
      if (765 - d[4 * x] - d[4 * x + 1] - d[4 * x + 2] > 30) {
        if (first < 0) first = x;
        last = x;
      }
    }
    return { first, last };
  })()`;
  return page.evaluate(script) as Promise<{ first: number; last: number }>;
}
