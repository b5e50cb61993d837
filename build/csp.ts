import type { Plugin } from "vite";

/** OpenStreetMap's tile server: the one host the online page may reach (online-basemap.ts names the same). */
export const OSM_TILE_HOST = "https://tile.openstreetmap.org";

/**
 * The pages' Content-Security-Policy: scripts, styles, workers and data from
 * the page's own origin only; no inline script, no plugin, no form target.
 * `online.html` (the page the app moves to when the user picks the online
 * basemap) also lets the OpenStreetMap tiles in; `index.html` lets nothing in
 * from elsewhere.
 */
export function contentSecurityPolicy(online: boolean): string {
  const tiles = online ? ` ${OSM_TILE_HOST}` : "";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${tiles}`,
    `connect-src 'self'${tiles}`,
    "worker-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** Writes the policy into each built page as a meta tag (not into the dev server's pages, whose hot reload runs inline scripts). */
export function cspPlugin(): Plugin {
  return {
    name: "border-map-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const policy = contentSecurityPolicy(ctx.filename.endsWith("online.html"));
        return html.replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
  };
}
