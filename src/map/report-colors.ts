import type { SubEventType } from "../core/report";

/** Colour of each sub-event type on the map and in the legend (ColorBrewer-like, readable on the pale basemap). */
export const SUB_EVENT_COLORS: Partial<Record<SubEventType, string>> = {
  "Shelling/artillery/missile attack": "#d7301f",
  "Armed clash": "#6a3d9a",
  "Air/drone strike": "#e6850e",
  "Remote explosive/landmine/IED": "#b15928",
  Attack: "#1f78b4",
};

export const OTHER_SUB_EVENT_COLOR = "#555555";

/** Casualty totals at which the legend shows a symbol size; the style interpolates between them. */
export const CASUALTY_STOPS: readonly [casualties: number, radiusPx: number][] = [
  [0, 5],
  [5, 8],
  [20, 12],
  [100, 18],
];
