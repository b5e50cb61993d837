import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32, withDpi } from "../../src/core/snapshot/png-dpi";

/** A tiny valid PNG (2 × 1 pixels, RGB) built chunk by chunk, with Node's zlib for the data. */
function tinyPng(extra: Buffer[] = []): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const raw = Buffer.from([0, 255, 0, 0, 0, 0, 255]);
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), ...extra.map((e) => chunk("pHYs", e)), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]));
}

/** Every chunk's type, and the pHYs data read back. */
function chunks(png: Uint8Array): { types: string[]; phys: { x: number; y: number; unit: number } | null } {
  const b = Buffer.from(png);
  const types: string[] = [];
  let phys = null;
  for (let at = 8; at < b.length; ) {
    const length = b.readUInt32BE(at);
    const type = b.toString("ascii", at + 4, at + 8);
    expect(b.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(b.subarray(at + 4, at + 8 + length)));
    types.push(type);
    if (type === "pHYs") phys = { x: b.readUInt32BE(at + 8), y: b.readUInt32BE(at + 12), unit: b[at + 16]! };
    at += 12 + length;
  }
  return { types, phys };
}

describe("withDpi", () => {
  it("computes PNG's CRC-32 (the check value of the standard)", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("adds a pHYs chunk after the header: 200 dpi is 7,874 pixels a metre", () => {
    const out = chunks(withDpi(tinyPng(), 200));
    expect(out.types).toEqual(["IHDR", "pHYs", "IDAT", "IEND"]);
    expect(out.phys).toEqual({ x: 7874, y: 7874, unit: 1 });
  });

  it("replaces a pHYs chunk already there", () => {
    const old = Buffer.from([0, 0, 0x0e, 0xc4, 0, 0, 0x0e, 0xc4, 1]);
    const out = chunks(withDpi(tinyPng([old]), 96));
    expect(out.types).toEqual(["IHDR", "pHYs", "IDAT", "IEND"]);
    expect(out.phys).toEqual({ x: 3780, y: 3780, unit: 1 });
  });

  it("refuses what is not a PNG", () => {
    expect(() => withDpi(new Uint8Array(40), 200)).toThrow("not a PNG");
  });
});
