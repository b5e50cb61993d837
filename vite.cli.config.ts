import { chmodSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, type Plugin } from "vite";

/** The entry is the package's `bin`: executable, as npm's shims expect. */
function executableEntry(): Plugin {
  return {
    name: "executable-entry",
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === "chunk" && chunk.isEntry) chmodSync(join(options.dir!, chunk.fileName), 0o755);
    },
  };
}

// The command line, built to plain JavaScript for Node (Vite's SSR build: its dependencies stay in node_modules,
// each command is a chunk of its own, loaded when asked for). Written to dist/cli, two folders below the
// repository like src/cli, so that the geodata it reads by `new URL("../../geodata/...", import.meta.url)` is found
// the same way. Run after the app's build (which empties dist/).
export default defineConfig({
  publicDir: false,
  plugins: [executableEntry()],
  build: {
    ssr: "src/cli/main.ts",
    outDir: "dist/cli",
    emptyOutDir: false,
    target: "node20",
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: { format: "es", entryFileNames: "border-map.mjs", chunkFileNames: "[name]-[hash].mjs", banner: (chunk) => (chunk.isEntry ? "#!/usr/bin/env node" : "") },
    },
  },
});
