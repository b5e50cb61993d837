import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The app is served from any folder (`base: "./"`) and ships every asset it
// needs: geodata files are imported with `?url` and emitted as assets.
export default defineConfig({
  base: "./",
  plugins: [react()],
  assetsInclude: ["**/*.geojson"],
  build: {
    outDir: "dist",
    chunkSizeWarningLimit: 2000,
  },
  preview: {
    host: "127.0.0.1",
    port: 4173,
  },
});
