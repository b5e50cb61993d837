// public/glyphs/{fontstack}/{start}-{end}.pbf: label glyphs (SDF PBFs) for
// MapLibre, from smp-noto-glyphs (GoNotoKurrent-Regular, a merged Noto Sans
// build that holds Latin and Arabic in one font, so no merging of stacks is
// needed). Only the ranges for Latin, Arabic and common punctuation/symbols
// are copied, to keep the folder small; every other range of the 256 is
// written as a valid PBF holding an empty fontstack, because the static server
// answers a missing file with index.html, which MapLibre could not parse.

import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT, sourceFile } from "./install-sources.mjs";
import { SOURCES } from "./sources.mjs";

/** Font stack names the style may use, each one a folder. */
export const FONTSTACKS = ["Noto Sans Regular"];

/** First code point of each 256-range copied from the package (the rest are written empty). */
const SHIPPED = new Map([
  [0, "Basic Latin, Latin-1 Supplement"],
  [256, "Latin Extended-A and -B"],
  [512, "Latin Extended-B, IPA, spacing modifier letters"],
  [768, "combining diacritical marks, Greek"],
  [1536, "Arabic"],
  [1792, "Syriac, Arabic Supplement, Thaana"],
  [2048, "Arabic Extended-A/B"],
  [7680, "Latin Extended Additional (e.g. Ḩ in GeoNames names)"],
  [8192, "general punctuation (dashes, quotes), superscripts, currency"],
  [8448, "letterlike symbols, number forms, arrows"],
  [8704, "mathematical operators"],
  [9472, "box drawing, geometric shapes"],
  [9728, "miscellaneous symbols"],
  [11264, "Latin Extended-C"],
  [42752, "Latin Extended-D"],
  [64256, "Arabic Presentation Forms-A (Pashto and Urdu letter forms)"],
  [65024, "Arabic Presentation Forms-B (shaped Arabic letters)"],
]);

function varint(n) {
  const out = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}

function lengthDelimited(field, bytes) {
  return [(field << 3) | 2, ...varint(bytes.length), ...bytes];
}

/** glyphs { stacks { name, range } } with no glyphs: what a font without any glyph in the range gives. */
export function emptyGlyphPbf(fontstack, range) {
  const stack = [
    ...lengthDelimited(1, [...Buffer.from(fontstack, "utf8")]),
    ...lengthDelimited(2, [...Buffer.from(range, "utf8")]),
  ];
  return Buffer.from(lengthDelimited(1, stack));
}

export function buildGlyphs({ log = console.log } = {}) {
  const src = SOURCES.notoGlyphs;
  const inDir = sourceFile(src, "fixtures", "glyphs");
  const stats = {};
  for (const fontstack of FONTSTACKS) {
    const outDir = path.join(REPO_ROOT, "public", "glyphs", fontstack);
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.mkdirSync(outDir, { recursive: true });
    let bytes = 0;
    let copied = 0;
    for (let start = 0; start < 65536; start += 256) {
      const range = `${start}-${start + 255}`;
      const from = path.join(inDir, `${range}.pbf`);
      let data;
      if (SHIPPED.has(start)) {
        if (!fs.existsSync(from)) throw new Error(`glyphs: ${src.pkg} has no ${range}.pbf`);
        data = fs.readFileSync(from);
        if (data[0] === 0x1f && data[1] === 0x8b) throw new Error(`glyphs: ${range}.pbf is gzipped`);
        copied++;
      } else {
        data = emptyGlyphPbf(fontstack, range);
      }
      fs.writeFileSync(path.join(outDir, `${range}.pbf`), data);
      bytes += data.length;
    }
    stats[fontstack] = { files: 256, copied, bytes };
    log(`glyphs: ${fontstack}: 256 ranges, ${copied} with glyphs, ${(bytes / 1024).toFixed(0)} KiB`);
  }
  // The OFL asks for its text to travel with the font data.
  const notice =
    `Glyph PBFs in this folder are rendered from GoNotoKurrent-Regular, a merge of Noto Sans fonts,\n` +
    `via npm ${src.pkg}@${src.version}. The Noto fonts are licensed under the SIL Open Font License 1.1:\n\n`;
  fs.writeFileSync(
    path.join(REPO_ROOT, "public", "glyphs", "OFL.txt"),
    notice + fs.readFileSync(new URL("./OFL-1.1.txt", import.meta.url), "utf8"),
  );
  const available = fs.readdirSync(inDir).filter((f) => f.endsWith(".pbf")).length;
  return { fontstacks: FONTSTACKS, stats, shipped: [...SHIPPED.entries()], available };
}
