import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const CORE = new URL("../../src/core/", import.meta.url);
const FORBIDDEN = /^(react|react-dom|maplibre-gl|node:|fs$|path$)|^\.\.\/(map|components|data)\b/;

function imports(source: string): string[] {
  return [...source.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe("src/core is pure TypeScript", () => {
  const files = readdirSync(CORE).filter((f) => f.endsWith(".ts"));

  it("has modules to check", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)("%s imports no React, MapLibre, Node or app shell module", (file) => {
    const found = imports(readFileSync(new URL(file, CORE), "utf8"));
    expect(found.filter((name) => FORBIDDEN.test(name))).toEqual([]);
  });
});
