import type { LayerSpecification } from "maplibre-gl";

/**
 * How the uncertainty of a position is drawn, for a place and for a selected
 * report alike, as the legend's "Uncertainty of a place's position" shows it:
 * a dashed grey outline and a fill light enough that a circle larger than the
 * view (a district-level report's ±30 km at zoom 11) only greys it a little.
 */
export const ACCURACY_STYLE = {
  color: "#555555",
  fillOpacity: 0.06, // at most a 6% tint: the basemap and the Durand Line stay readable under it
  lineWidthPx: 1.5,
  dash: [3, 2], // in line widths
} as const;

/** The fill and outline of one source of accuracy circles (`id` "place-accuracy" or "report-accuracy": the layers' prefix). */
export function accuracyLayers(id: string, source: string): LayerSpecification[] {
  const { color, fillOpacity, lineWidthPx, dash } = ACCURACY_STYLE;
  return [
    { id: `${id}-fill`, type: "fill", source, paint: { "fill-color": color, "fill-opacity": fillOpacity } },
    { id: `${id}-line`, type: "line", source, paint: { "line-color": color, "line-width": lineWidthPx, "line-dasharray": [...dash] } },
  ];
}
