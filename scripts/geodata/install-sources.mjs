// Installs the source packages (SOURCES) into .cache/geodata/, an ignored
// folder of its own with its own package.json, so they never become
// dependencies of the app. Skips npm when every pinned version is already there.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SOURCES } from "./sources.mjs";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CACHE_DIR = path.join(REPO_ROOT, ".cache", "geodata");

const pinned = () => Object.fromEntries(Object.values(SOURCES).map((s) => [s.pkg, s.version]));

function installedVersion(pkg) {
  const file = path.join(CACHE_DIR, "node_modules", pkg, "package.json");
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")).version;
  } catch {
    return null;
  }
}

export function installSources({ log = console.log } = {}) {
  const deps = pinned();
  const missing = Object.entries(deps).filter(([pkg, v]) => installedVersion(pkg) !== v);
  if (missing.length === 0) {
    log(`sources: all ${Object.keys(deps).length} packages already in .cache/geodata`);
    return;
  }
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const manifest = {
    name: "geodata-sources",
    private: true,
    description: "Source packages for scripts/geodata (npm run geodata). Not app dependencies.",
    dependencies: deps,
  };
  fs.writeFileSync(path.join(CACHE_DIR, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
  log(`sources: installing ${missing.map(([p, v]) => `${p}@${v}`).join(", ")}`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  execFileSync(
    npm,
    ["install", "--prefix", CACHE_DIR, "--no-save", "--no-package-lock", "--ignore-scripts", "--no-audit", "--no-fund"],
    { stdio: "inherit", cwd: CACHE_DIR },
  );
  for (const [pkg, v] of Object.entries(deps)) {
    const got = installedVersion(pkg);
    if (got !== v) throw new Error(`sources: ${pkg} installed as ${got}, expected ${v}`);
  }
}

/** Absolute path of a file inside an installed source package. */
export function sourceFile(source, ...parts) {
  return path.join(CACHE_DIR, "node_modules", source.pkg, ...parts);
}

export function readSourceJson(source, ...parts) {
  return JSON.parse(fs.readFileSync(sourceFile(source, ...parts), "utf8"));
}

/** require() resolving from the cache folder (for CommonJS/UMD source packages). */
export const requireFromCache = (id) => createRequire(path.join(CACHE_DIR, "package.json"))(id);
