import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { CASUALTY_STOPS } from "./report-colors";
import { NO_STACK_LABELS } from "./report-filters";

/**
 * The map's labels, and which one wins where two would meet.
 *
 * Every label goes through MapLibre's collision test (`text-allow-overlap`
 * and `text-ignore-placement` false): a label that would cover one already
 * placed moves to another of its anchors (`text-variable-anchor`), or is not
 * drawn. MapLibre places the topmost layer first, so the order of the layers
 * is the order of importance, top first: the measure tool's total (always
 * drawn, measure-style.ts), its other labels, the clusters' counts (always
 * drawn) and killed figures (report-view-style.ts), a report's distance to the
 * border, the "×N" stack counts, the places, the Durand Line's name, Khyber
 * Pakhtunkhwa, the towns, then the countries and the bands' "5 km" (which
 * come first in the style). The picture is MapLibre's canvas, so it shows
 * the same placement as the screen.
 */

const HALO = { "text-halo-color": "#ffffff", "text-halo-width": 1.4 };

/** Fewer towns at low zoom: the biggest first, all of them from zoom 8. */
export const citiesByZoom: ExpressionSpecification = [
  "step",
  ["zoom"],
  [">=", ["coalesce", ["get", "population"], 0], 1_000_000],
  5,
  [">=", ["coalesce", ["get", "population"], 0], 200_000],
  6,
  [">=", ["coalesce", ["get", "population"], 0], 50_000],
  7,
  [">=", ["coalesce", ["get", "population"], 0], 10_000],
  8,
  true,
];

/** Anchors tried in turn, each with its offset in ems: the first that covers no other label is taken. */
type AnchorOffsets = (string | [number, number])[];

/**
 * Beside a point on one side first (`right`: the text ends at the point, on
 * its left), then above and below on that side; `around`: then straight above,
 * below and on the other side too.
 */
function anchorsFrom(side: "left" | "right", em: number, around: boolean): AnchorOffsets {
  const s = side === "left" ? 1 : -1;
  const other = side === "left" ? "right" : "left";
  const diagonal = em * 0.7;
  const beside: AnchorOffsets = [side, [s * em, 0], `bottom-${side}`, [s * diagonal, -diagonal], `top-${side}`, [s * diagonal, diagonal]];
  return around ? [...beside, "bottom", [0, -em], "top", [0, em], other, [-s * em, 0]] : beside;
}

/**
 * A distance-to-border label's anchors: beyond the border point, away from
 * the line to the spot (`anchor` "right" or "left", set by nearest-line.ts),
 * then around it. The measure tool's label takes them too.
 */
export const DISTANCE_LABEL_ANCHORS: DataDrivenPropertyValueSpecification<unknown> = [
  "match",
  ["get", "anchor"],
  "right",
  ["literal", anchorsFrom("right", 0.6, true)],
  ["literal", anchorsFrom("left", 0.6, true)],
] as unknown as ExpressionSpecification;

/** The report dot's radius in ems of a 12 px label, plus a gap: how far a "×N" stands from the dot's centre. */
const stackOffsetEm = [
  "+",
  0.35,
  ["/", ["interpolate", ["linear"], ["get", "casualties_high"], ...CASUALTY_STOPS.flat()], 12],
] as unknown as ExpressionSpecification;

export function labelLayers(font: string[]): LayerSpecification[] {
  return [
    {
      id: "country-labels",
      type: "symbol",
      source: "country-labels",
      layout: { "text-field": ["get", "name"], "text-font": font, "text-size": 13, "text-transform": "uppercase", "text-letter-spacing": 0.15 },
      paint: { "text-color": "#8a8073", ...HALO },
    },
    {
      id: "city-dots",
      type: "circle",
      source: "cities",
      filter: citiesByZoom,
      paint: { "circle-radius": 2, "circle-color": "#7a7266" },
    },
    {
      id: "city-labels",
      type: "symbol",
      source: "cities",
      filter: citiesByZoom,
      layout: {
        "text-field": ["get", "name"],
        "text-font": font,
        "text-size": 12,
        // One anchor: a town's basemap name that finds no room gives way (the places layer names the towns that matter here).
        "text-offset": [0, 0.7],
        "text-anchor": "top",
        "symbol-sort-key": ["-", 0, ["coalesce", ["get", "population"], 0]],
      },
      paint: { "text-color": "#5c554b", ...HALO },
    },
    {
      id: "kp-label",
      type: "symbol",
      source: "kp",
      layout: { "text-field": "Khyber Pakhtunkhwa", "text-font": font, "text-size": 12 },
      paint: { "text-color": "#1f5f8b", ...HALO },
    },
    {
      id: "durand-label",
      type: "symbol",
      source: "durand",
      layout: {
        "symbol-placement": "line",
        "symbol-spacing": 400,
        "text-field": "Durand Line (de facto boundary)",
        "text-font": font,
        "text-size": 12,
        "text-offset": [0, -0.9],
      },
      paint: { "text-color": "#8e1422", ...HALO },
    },
    {
      id: "place-labels",
      type: "symbol",
      source: "places",
      layout: {
        "text-field": ["format", ["get", "name"], {}, ["case", ["has", "name_local"], ["concat", "\n", ["get", "name_local"]], ""], { "font-scale": 0.95 }],
        "text-font": font,
        "text-size": 12,
        // Weesh and the crossing share one position: Weesh's name stays on the left, the crossing's on the right
        // (MapLibre first tries the anchor a label had before: with the other side allowed, they would swap for good).
        "text-variable-anchor-offset": [
          "match",
          ["get", "id"],
          "weesh",
          ["literal", anchorsFrom("right", 0.8, false)],
          "wesh-chaman-crossing",
          ["literal", anchorsFrom("left", 0.8, false)],
          ["literal", anchorsFrom("left", 0.8, true)],
        ] as unknown as ExpressionSpecification,
        "text-justify": "auto",
      },
      paint: { "text-color": "#222222", ...HALO },
    },
    {
      // "×N" over N stacked reports the filters show: report-drawing.ts sets which report carries it and its text.
      id: "report-stack-labels",
      type: "symbol",
      source: "reports",
      filter: NO_STACK_LABELS.filter,
      layout: {
        "text-field": NO_STACK_LABELS.textField,
        "text-font": font,
        "text-size": 12,
        // Above the dot, else beside or below it: never on another label.
        "text-variable-anchor": ["bottom", "left", "right", "top"],
        "text-radial-offset": stackOffsetEm,
      },
      paint: { "text-color": "#111111", ...HALO },
    },
    {
      // The selected report's distance to the border, at the line's border end.
      id: "nearest-label",
      type: "symbol",
      source: "nearest-line",
      filter: ["==", ["geometry-type"], "Point"],
      layout: {
        "text-field": ["get", "label"],
        "text-font": font,
        "text-size": 12,
        "text-variable-anchor-offset": DISTANCE_LABEL_ANCHORS as ExpressionSpecification,
      },
      paint: { "text-color": "#111111", "text-halo-color": "#ffffff", "text-halo-width": 1.6 },
    },
  ];
}
