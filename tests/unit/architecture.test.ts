import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const CORE = new URL("../../src/core/", import.meta.url);
const FORBIDDEN = /^(react|react-dom|maplibre-gl|node:|fs$|path$)|^(\.\.\/)+(map|components|data|App|main)\b/;

/** Module names in `import … from`, `export … from`, bare `import "…"` and `import("…")`. */
function imports(source: string): string[] {
  const patterns = [/^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm, /^\s*import\s*['"]([^'"]+)['"]/gm, /import\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1]!));
}

describe("src/core is pure TypeScript", () => {
  const files = (readdirSync(CORE, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));

  it("has modules to check, and the check sees every kind of import", () => {
    expect(files.length).toBeGreaterThan(3);
    const sample = 'import a from "react";\nexport { b } from "../map/x";\nimport "maplibre-gl";\nconst c = import("node:fs");';
    expect(imports(sample).filter((name) => FORBIDDEN.test(name))).toEqual(["react", "../map/x", "maplibre-gl", "node:fs"]);
  });

  it.each(files)("%s imports no React, MapLibre, Node or app shell module", (file) => {
    const found = imports(readFileSync(new URL(file, CORE), "utf8"));
    expect(found.filter((name) => FORBIDDEN.test(name))).toEqual([]);
  });
});
