import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from "maplibre-gl";
import { DISTANCE_LABEL_ANCHORS } from "./label-style";

/** Colour of the measured path, apart from every report colour, the Durand Line's red and Khyber Pakhtunkhwa's blue. */
export const MEASURE_COLOR = "#0b7a75";

const emptyCollection = { type: "FeatureCollection" as const, features: [] };

/**
 * The measure tool's sources, empty until the map module fills them:
 * `measure` holds the geodesic legs (LineStrings), the clicked points and the
 * labels (Points with `kind` "vertex" or "leg" and a `label`); `measure-border`
 * holds a spot, the line to its nearest border point and that line's label.
 */
export const MEASURE_SOURCES: Record<string, SourceSpecification> = {
  measure: { type: "geojson", data: emptyCollection },
  "measure-border": { type: "geojson", data: emptyCollection },
};

/** Below and right of the point first (away from most legs drawn left to right), then the other corners. */
const TOTAL_ANCHORS = ["top-left", [0.5, 0.4], "bottom-left", [0.5, -0.4], "top-right", [-0.5, 0.4], "bottom-right", [-0.5, -0.4]] as unknown as ExpressionSpecification;

const halo = { "text-halo-color": "#ffffff", "text-halo-width": 1.6 };
const isLine: ExpressionSpecification = ["==", ["geometry-type"], "LineString"];
const kind = (k: string): ExpressionSpecification => ["==", ["get", "kind"], k];

/**
 * The measure tool's layers, drawn above everything else; labels in the
 * style's font, placed before all others and through the same collision test
 * (label-style.ts), the total first.
 */
export function measureLayers(font: string[]): LayerSpecification[] {
  return [
    {
      id: "measure-casing",
      type: "line",
      source: "measure",
      filter: isLine,
      layout: { "line-join": "round", "line-cap": "round" },
      paint: { "line-color": "#ffffff", "line-width": 5.5, "line-opacity": 0.85 },
    },
    {
      id: "measure-line",
      type: "line",
      source: "measure",
      filter: isLine,
      layout: { "line-join": "round", "line-cap": "round" },
      paint: { "line-color": MEASURE_COLOR, "line-width": 2.5 },
    },
    {
      id: "measure-border-line",
      type: "line",
      source: "measure-border",
      filter: isLine,
      paint: { "line-color": "#111111", "line-width": 1.6, "line-dasharray": [2, 1.5] },
    },
    {
      id: "measure-vertices",
      type: "circle",
      source: "measure",
      filter: kind("vertex"),
      paint: { "circle-radius": 4.5, "circle-color": "#ffffff", "circle-stroke-color": MEASURE_COLOR, "circle-stroke-width": 2.5 },
    },
    {
      id: "measure-border-spot",
      type: "circle",
      source: "measure-border",
      filter: kind("spot"),
      paint: { "circle-radius": 4.5, "circle-color": "#111111", "circle-stroke-color": "#ffffff", "circle-stroke-width": 1.5 },
    },
    {
      // Each leg's length, beside the leg's geodesic midpoint.
      id: "measure-leg-labels",
      type: "symbol",
      source: "measure",
      filter: kind("leg"),
      layout: {
        "text-field": ["get", "label"],
        "text-font": font,
        "text-size": 12,
        "text-variable-anchor": ["center", "left", "right", "top", "bottom"],
        "text-radial-offset": 0.6,
      },
      paint: { "text-color": MEASURE_COLOR, ...halo },
    },
    {
      // The distance to the border from a right-clicked spot, beyond its border point.
      id: "measure-border-label",
      type: "symbol",
      source: "measure-border",
      filter: kind("label"),
      layout: {
        "text-field": ["get", "label"],
        "text-font": font,
        "text-size": 12,
        "text-variable-anchor-offset": DISTANCE_LABEL_ANCHORS as ExpressionSpecification,
      },
      paint: { "text-color": "#111111", ...halo },
    },
    {
      // The running total at each inner point.
      id: "measure-vertex-labels",
      type: "symbol",
      source: "measure",
      filter: ["all", kind("vertex"), ["has", "label"], ["!", ["has", "total"]]],
      layout: { "text-field": ["get", "label"], "text-font": font, "text-size": 12, "text-variable-anchor-offset": TOTAL_ANCHORS },
      paint: { "text-color": "#111111", ...halo },
    },
    {
      // The path's total, at its last point: the top layer, placed first and drawn whatever it covers,
      // so every other label makes way for it (on another anchor, or not drawn) rather than lying on it.
      id: "measure-total-label",
      type: "symbol",
      source: "measure",
      filter: ["all", kind("vertex"), ["has", "total"]],
      layout: {
        "text-field": ["get", "label"],
        "text-font": font,
        "text-size": 12,
        "text-variable-anchor-offset": TOTAL_ANCHORS,
        "text-allow-overlap": true,
      },
      paint: { "text-color": "#111111", ...halo },
    },
  ];
}
