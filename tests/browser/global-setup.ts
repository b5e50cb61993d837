import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { preview, type PreviewServer } from "vite";
import { findChromium } from "./support/chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Serves the built app (dist/) on a free loopback port for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  try {
    findChromium();
  } catch (error) {
    // One clear line, once, rather than a stack trace in every test file.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  if (!existsSync(new URL("../../dist/index.html", import.meta.url))) {
    throw new Error("dist/ is missing: run `npm run build` (npm test does) before the browser tests");
  }
  server = await preview({ logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report its address");
  project.provide("baseUrl", url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
