import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { cspPlugin } from "./build/csp.ts";

// The app is served from any folder (`base: "./"`) and ships every asset it
// needs: geodata files are imported with `?url` and emitted as assets. Two
// pages run the same app: index.html lets nothing in from elsewhere (its
// Content-Security-Policy says so), online.html also lets OpenStreetMap's
// tiles in, for when the user picks the online basemap.
export default defineConfig({
  base: "./",
  plugins: [react(), cspPlugin()],
  assetsInclude: ["**/*.geojson"],
  build: {
    outDir: "dist",
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: { index: "index.html", online: "online.html" } },
  },
  preview: {
    host: "127.0.0.1",
    port: 4173,
  },
});
