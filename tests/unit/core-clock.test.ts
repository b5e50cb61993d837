import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The core reads no clock: today is passed in (`today`, `YYYY-MM-DD`, in the
 * readers' options), and the shells (the page's worker, the command line,
 * the data loader) read the clock. So no file under src/core may call
 * `new Date()` without an argument (nor `new Date` bare), `Date.now()` or
 * `performance.now()`.
 */

const CORE = fileURLToPath(new URL("../../src/core/", import.meta.url));
const CLOCK = [
  { what: "new Date() with no argument", pattern: /\bnew\s+Date\s*(?:\(\s*\)|(?![\s(]))/ },
  { what: "Date.now()", pattern: /\bDate\s*\.\s*now\s*\(/ },
  { what: "performance.now()", pattern: /\bperformance\s*\.\s*now\s*\(/ },
];

function clockReads(text: string): string[] {
  return text.split("\n").flatMap((line, i) => CLOCK.filter((c) => c.pattern.test(line)).map((c) => `line ${i + 1}: ${c.what}`));
}

describe("src/core reads no clock", () => {
  const files = (readdirSync(CORE, { recursive: true }) as string[]).map((f) => f.split("\\").join("/")).filter((f) => f.endsWith(".ts"));

  it("has files to check, in its folders, and the check sees every way of reading the clock", () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.includes("/"))).toBe(true);
    expect(files).toContain("io/validate-report-properties.ts");
    const sample = ["const a = new Date();", "const b = new  Date( );", "const c = new Date;", "const d = Date.now();", "const e = performance.now();", "const f = new Date(0);", "const g = new Date(text);", "const h = date.getUTCDate();"].join("\n");
    expect(clockReads(sample)).toEqual(["line 1: new Date() with no argument", "line 2: new Date() with no argument", "line 3: new Date() with no argument", "line 4: Date.now()", "line 5: performance.now()"]);
  });

  it.each(files)("%s reads no clock", (file) => {
    expect(clockReads(readFileSync(join(CORE, file), "utf8"))).toEqual([]);
  });
});
