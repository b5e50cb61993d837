import fs from "node:fs";
import { PbfReader } from "pbf";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";

const repoUrl = (rel: string) => new URL(`../../${rel}`, import.meta.url);
const readJson = (rel: string): FeatureCollection => JSON.parse(fs.readFileSync(repoUrl(rel), "utf8")) as FeatureCollection;

interface GlyphStack {
  name: string;
  range: string;
  ids: number[];
}

/** Reads a glyph PBF (`glyphs { repeated fontstack stacks = 1 }`, MapLibre's glyphs.proto) with mourner's `pbf`. */
function readGlyphPbf(buffer: Uint8Array): GlyphStack[] {
  const readGlyph = (tag: number, glyph: { id: number }, pbf: PbfReader) => {
    if (tag === 1) glyph.id = pbf.readVarint();
  };
  const readStack = (tag: number, stack: GlyphStack, pbf: PbfReader) => {
    if (tag === 1) stack.name = pbf.readString();
    else if (tag === 2) stack.range = pbf.readString();
    else if (tag === 3) stack.ids.push(pbf.readMessage(readGlyph, { id: -1 }).id);
  };
  return new PbfReader(buffer).readFields<GlyphStack[]>((tag, stacks, pbf) => {
    if (tag === 1) stacks.push(pbf.readMessage(readStack, { name: "", range: "", ids: [] }));
  }, []);
}

describe("label glyphs", () => {
  const glyphDir = repoUrl("public/glyphs/");
  const fontstacks = fs
    .readdirSync(glyphDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

  it("ships Noto Sans Regular", () => {
    expect(fontstacks).toContain("Noto Sans Regular");
  });

  it.each(fontstacks)("%s: all 256 ranges exist and are glyph PBFs for their range", (fontstack) => {
    for (let start = 0; start < 65536; start += 256) {
      const range = `${start}-${start + 255}`;
      const file = new URL(`${encodeURIComponent(fontstack)}/${range}.pbf`, glyphDir);
      expect(fs.existsSync(file), range).toBe(true);
      const stacks = readGlyphPbf(fs.readFileSync(file));
      for (const s of stacks) {
        expect(s.range).toBe(range);
        for (const id of s.ids) expect(id >= start && id <= start + 255, `${range}: ${id}`).toBe(true);
      }
    }
  });

  it.each(fontstacks)("%s: has a glyph for every character of every name the map labels", (fontstack) => {
    const labelled = ["geodata/places.geojson", "public/basemap/cities.geojson", "public/basemap/countries.geojson", "public/basemap/provinces.geojson"];
    const text = labelled
      .flatMap((file) => readJson(file).features)
      .flatMap((f) => [f.properties?.name, ...((f.properties?.name_alt as string[] | undefined) ?? [])])
      .join("")
      .replace(/\s/g, "");
    const have = new Map<number, Set<number>>();
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const start = cp - (cp % 256);
      if (!have.has(start)) {
        const file = new URL(`${encodeURIComponent(fontstack)}/${start}-${start + 255}.pbf`, glyphDir);
        have.set(start, new Set(readGlyphPbf(fs.readFileSync(file)).flatMap((s) => s.ids)));
      }
      expect(have.get(start)!.has(cp), `${ch} U+${cp.toString(16)}`).toBe(true);
    }
    expect(text).toMatch(/[\u0600-\u06ff]/);
  });
});
