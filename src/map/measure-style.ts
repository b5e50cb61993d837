import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from "maplibre-gl";

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

const halo = { "text-halo-color": "#ffffff", "text-halo-width": 1.6 };
const isLine: ExpressionSpecification = ["==", ["geometry-type"], "LineString"];
const kind = (k: string): ExpressionSpecification => ["==", ["get", "kind"], k];

/** The measure tool's layers, drawn above everything else; labels in the style's font. */
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
      // Each leg's length, on the leg's geodesic midpoint.
      id: "measure-leg-labels",
      type: "symbol",
      source: "measure",
      filter: kind("leg"),
      layout: { "text-field": ["get", "label"], "text-font": font, "text-size": 11, "text-allow-overlap": true, "text-ignore-placement": true },
      paint: { "text-color": MEASURE_COLOR, ...halo },
    },
    {
      // The running total at each point after the first.
      id: "measure-vertex-labels",
      type: "symbol",
      source: "measure",
      filter: ["all", kind("vertex"), ["has", "label"]],
      layout: {
        "text-field": ["get", "label"],
        "text-font": font,
        "text-size": 12,
        "text-anchor": "top-left",
        "text-offset": [0.5, 0.4],
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": "#111111", ...halo },
    },
    {
      id: "measure-border-label",
      type: "symbol",
      source: "measure-border",
      filter: kind("label"),
      layout: {
        "text-field": ["get", "label"],
        "text-font": font,
        "text-size": 12,
        // Beyond the border point, away from the line to the spot.
        "text-anchor": ["match", ["get", "anchor"], "right", "right", "left"],
        "text-offset": ["match", ["get", "anchor"], "right", ["literal", [-0.6, 0]], ["literal", [0.6, 0]]],
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": "#111111", ...halo },
    },
  ];
}
