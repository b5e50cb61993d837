import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from "maplibre-gl";

/** The bands' colour ramp, nearest band to farthest (ColorBrewer YlGn): apart from the reports', the line's and the province's colours. */
export const BAND_RAMP = { near: "#1b7837", far: "#a6d96a" } as const;

/** Style layer ids of the bands, for the "bands" layer group. */
export const BAND_LAYER_IDS = ["band-fill", "band-line", "band-labels"];

const emptyCollection = { type: "FeatureCollection" as const, features: [] };

/**
 * The bands' source, empty until the map module fills it with
 * `core/border-bands` features: MultiPolygons with `distance_km`, `label`
 * ("5 km") and `ramp` (0 nearest … 1 farthest), farthest first.
 */
export const BAND_SOURCES: Record<string, SourceSpecification> = {
  bands: { type: "geojson", data: emptyCollection },
};

const rampColor = (near: string, far: string): ExpressionSpecification => ["interpolate", ["linear"], ["get", "ramp"], 0, near, 1, far];

/** Fill and outline of the bands: under the border, the places and the reports. Nearer bands stack on farther ones, so tint deepens towards the line. */
export function bandLayers(): LayerSpecification[] {
  return [
    {
      id: "band-fill",
      type: "fill",
      source: "bands",
      paint: { "fill-color": rampColor(BAND_RAMP.near, BAND_RAMP.far), "fill-opacity": 0.13 },
    },
    {
      id: "band-line",
      type: "line",
      source: "bands",
      layout: { "line-join": "round" },
      paint: { "line-color": rampColor("#00441b", "#4d9221"), "line-width": 1.1, "line-opacity": 0.85 },
    },
  ];
}

/** "5 km" along each band's outline; placed after the other labels lose no room to them. */
export function bandLabelLayers(font: string[]): LayerSpecification[] {
  return [
    {
      id: "band-labels",
      type: "symbol",
      source: "bands",
      layout: {
        "symbol-placement": "line",
        "symbol-spacing": 350,
        "text-field": ["get", "label"],
        "text-font": font,
        "text-size": 12,
        "text-max-angle": 30,
      },
      paint: { "text-color": "#00441b", "text-halo-color": "#ffffff", "text-halo-width": 1.4 },
    },
  ];
}
