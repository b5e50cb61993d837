import type { SubEventType } from "../core/reports/report";

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

/** The dot's radius for a casualty total, interpolated between the stops as the style's `interpolate` does. */
export function casualtyRadiusPx(casualties: number): number {
  const first = CASUALTY_STOPS[0]!;
  if (!(casualties > first[0])) return first[1];
  for (let i = 1; i < CASUALTY_STOPS.length; i++) {
    const [c1, r1] = CASUALTY_STOPS[i]!;
    if (casualties <= c1) {
      const [c0, r0] = CASUALTY_STOPS[i - 1]!;
      return r0 + ((r1 - r0) * (casualties - c0)) / (c1 - c0);
    }
  }
  return CASUALTY_STOPS[CASUALTY_STOPS.length - 1]![1];
}

/** A sub-event type's colour as three bytes (RGB). */
export function subEventRgb(type: string): [number, number, number] {
  const hex = (SUB_EVENT_COLORS as Record<string, string | undefined>)[type] ?? OTHER_SUB_EVENT_COLOR;
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}
