import { readFileSync } from "node:fs";

/** Reads a JSON file given relative to the repository root. */
export function readRepoJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8")) as T;
}

export function readRepoText(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
}
