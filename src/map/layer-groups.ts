/** Groups of style layers that the user switches on and off together. */
export type LayerGroup = "basemap" | "bands" | "durand" | "kp" | "places" | "reports";

export const LAYER_GROUPS: readonly { id: LayerGroup; label: string }[] = [
  { id: "reports", label: "Reports" },
  { id: "places", label: "Spin Boldak, Weesh and other places" },
  { id: "durand", label: "Durand Line (de facto boundary)" },
  { id: "bands", label: "Distance bands along the border" },
  { id: "kp", label: "Khyber Pakhtunkhwa" },
  { id: "basemap", label: "Basemap labels and rivers" },
];

/** Basemaps: the offline one ships with the app; the online one is a user's choice and asks a tile server. */
export type BasemapId = "offline" | "osm";

export const BASEMAPS: readonly { id: BasemapId; label: string }[] = [
  { id: "offline", label: "Offline (ships with the app)" },
  { id: "osm", label: "OpenStreetMap (online)" },
];
