/**
 * Two pages run the app: index.html, whose Content-Security-Policy lets in
 * nothing from beyond the page's origin, and online.html, which also lets in
 * OpenStreetMap's tiles. Picking a basemap moves to the page that allows it,
 * with the same view in the address.
 */
export const ONLINE_PAGE = "online.html";

/** Whether this page may show the online basemap. */
export function isOnlinePage(): boolean {
  return window.location.pathname.endsWith(`/${ONLINE_PAGE}`);
}

/** Moves to the page for a basemap (same folder, query and the given hash). */
export function goToBasemapPage(online: boolean, hash: string): void {
  const target = new URL(online ? ONLINE_PAGE : "./", window.location.href);
  target.search = window.location.search;
  target.hash = hash;
  window.location.assign(target.href);
}
