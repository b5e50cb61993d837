import { readdirSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CORE = fileURLToPath(new URL("../../src/core/", import.meta.url));
/** Packages the core may not use: it runs in Node, the page and workers alike. */
const FORBIDDEN_PACKAGES = /^(react|react-dom|maplibre-gl|node:|fs$|path$|url$)/;

/**
 * The core's folders, lowest first: a folder imports only from itself and the
 * folders before it, so that the imports between them point one way.
 */
const LAYERS = ["reports", "places", "distance", "bands", "events", "io", "view", "snapshot"] as const;

/** Module names in `import … from`, `export … from`, bare `import "…"` and `import("…")`. */
function imports(source: string): string[] {
  const patterns = [/^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm, /^\s*import\s*['"]([^'"]+)['"]/gm, /import\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1]!));
}

/** What is wrong with one import of a core file (`file` relative to src/core), or null. */
function importProblem(file: string, name: string): string | null {
  if (!name.startsWith(".")) return FORBIDDEN_PACKAGES.test(name) ? `${name}: a package the core may not use` : null;
  const target = relative(CORE, resolve(CORE, dirname(file), name.replace(/\?.*$/, "")));
  if (target.startsWith("..")) return `${name}: outside src/core`;
  const from = file.split("/")[0]!;
  const to = target.split("/")[0]!;
  if (!target.includes("/")) return `${name}: a file at the core's top, not in a folder`;
  const [a, b] = [LAYERS.indexOf(from as (typeof LAYERS)[number]), LAYERS.indexOf(to as (typeof LAYERS)[number])];
  if (b < 0) return `${name}: folder "${to}" is not in the architecture test's list`;
  if (b > a) return `${name}: "${from}" may not import from "${to}", which comes after it`;
  return null;
}

describe("src/core is pure TypeScript, in folders whose imports point one way", () => {
  const files = (readdirSync(CORE, { recursive: true }) as string[]).map((f) => f.split("\\").join("/")).filter((f) => f.endsWith(".ts"));

  it("has modules to check, and the check sees every kind of import and every way out of the core", () => {
    expect(files.length).toBeGreaterThan(3);
    const sample = 'import a from "react";\nexport { b } from "../map/x";\nimport "maplibre-gl";\nconst c = import("node:fs");';
    expect(imports(sample)).toEqual(["react", "../map/x", "maplibre-gl", "node:fs"]);
    const outside = ["../../map/x", "../../workers/events.worker", "../../cli/io", "../../snapshot/draw-snapshot", "../../../geodata/places.geojson?url", "../../components/App", "../../data/load-reports"];
    for (const name of outside) expect(importProblem("view/x.ts", name)).toMatch(/outside src\/core/);
    expect(importProblem("view/x.ts", "react")).toMatch(/package/);
    expect(importProblem("reports/x.ts", "../view/report-filter")).toMatch(/may not import/);
    expect(importProblem("view/x.ts", "../reports/report")).toBeNull();
    expect(importProblem("view/x.ts", "../snapshot/snapshot-layout")).toMatch(/may not import/);
    expect(importProblem("snapshot/x.ts", "../view/report-filter")).toBeNull();
    expect(importProblem("view/x.ts", "../loose")).toMatch(/top/);
  });

  it("keeps every file in one of the folders it knows", () => {
    expect(files.filter((f) => !LAYERS.includes(f.split("/")[0] as (typeof LAYERS)[number]) || f.split("/").length !== 2)).toEqual([]);
  });

  it.each(files)("%s imports no React, MapLibre, Node or app shell module, and no later folder", (file) => {
    const found = imports(readFileSync(resolve(CORE, file), "utf8"));
    expect(found.map((name) => importProblem(file, name)).filter((p) => p !== null)).toEqual([]);
  });
});
