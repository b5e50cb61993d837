import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from "maplibre-gl";

/**
 * The three ways to see reports: each report (the `reports` layers in
 * style.ts), clusters at low zoom (MapLibre's GeoJSON clustering, which is
 * supercluster), and events (one symbol per event). Plus a density heatmap.
 */
export type ReportView = "reports" | "clusters" | "events";

/** Above this zoom the clusters view shows each report as the reports view does. */
export const CLUSTER_MAX_ZOOM = 9;

const empty = (): GeoJSON.FeatureCollection => ({ type: "FeatureCollection", features: [] });

export const REPORT_VIEW_SOURCES: Record<string, SourceSpecification> = {
  "report-clusters": {
    type: "geojson",
    data: empty(),
    cluster: true,
    clusterRadius: 48,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
    // Summed over events, not accounts: only each event's first report carries its figure (report-views.ts).
    clusterProperties: { event_killed: ["+", ["coalesce", ["get", "event_killed"], 0]] },
  },
  events: { type: "geojson", data: empty() },
  // The reports shown, filled only while the heatmap is on.
  "report-density": { type: "geojson", data: empty() },
};

export const CLUSTER_LAYER_IDS = ["cluster-bubbles", "cluster-labels", "cluster-killed", "cluster-singles"];
export const EVENT_LAYER_IDS = ["event-high", "event-low", "event-labels"];
export const HEAT_LAYER_ID = "reports-heat";

const FONT = ["Noto Sans Regular"];
const halo = { "text-halo-color": "#ffffff", "text-halo-width": 1.4 };

/** Radius of an event's circle for a number killed (0 when no source gives one). */
const killedRadius = (value: ExpressionSpecification): ExpressionSpecification => [
  "interpolate",
  ["linear"],
  ["coalesce", value, 0],
  0,
  6,
  10,
  11,
  50,
  20,
  200,
  32,
];

/**
 * The line under a bubble, once the events are in: "25+ killed", at least
 * how many were killed ("+" as a source's "at least" is written everywhere;
 * the offline glyphs have no "≥"), each event's lowest figure added over the bubble's events (the
 * bubble itself gives the number of accounts). Empty until then.
 */
export function clusterKilledLabel(withEvents: boolean): ExpressionSpecification {
  return withEvents ? ["concat", ["to-string", ["get", "event_killed"]], "+ killed"] : ["literal", ""];
}

/** Radius of a bubble for its number of accounts, px. */
const bubbleRadius: ExpressionSpecification = ["interpolate", ["linear"], ["get", "point_count"], 2, 14, 50, 22, 1000, 34, 50000, 46];

/** The heatmap goes under the report dots; the rest above the overlays. */
export function heatLayer(): LayerSpecification {
  return {
    id: HEAT_LAYER_ID,
    type: "heatmap",
    source: "report-density",
    layout: { visibility: "none" },
    paint: {
      "heatmap-radius": ["interpolate", ["linear"], ["zoom"], 4, 12, 10, 30],
      "heatmap-intensity": ["interpolate", ["linear"], ["zoom"], 4, 0.6, 10, 1.5],
      "heatmap-opacity": 0.75,
      "heatmap-color": [
        "interpolate",
        ["linear"],
        ["heatmap-density"],
        0,
        "rgba(255,255,204,0)",
        0.2,
        "#ffeda0",
        0.45,
        "#feb24c",
        0.7,
        "#f03b20",
        1,
        "#7f0000",
      ],
    },
  };
}

export function reportViewLayers(): LayerSpecification[] {
  return [
    {
      id: "cluster-bubbles",
      type: "circle",
      source: "report-clusters",
      filter: ["has", "point_count"],
      layout: { visibility: "none" },
      paint: {
        "circle-color": "#5b3a8c",
        "circle-opacity": 0.8,
        "circle-radius": bubbleRadius,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 2,
      },
    },
    {
      id: "cluster-singles",
      type: "circle",
      source: "report-clusters",
      filter: ["!", ["has", "point_count"]],
      layout: { visibility: "none" },
      paint: { "circle-color": "#5b3a8c", "circle-radius": 6, "circle-stroke-color": "#ffffff", "circle-stroke-width": 1.2 },
    },
    {
      id: "event-high",
      type: "circle",
      source: "events",
      layout: { visibility: "none" },
      paint: {
        "circle-radius": killedRadius(["get", "killed_max"]),
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-color": ["case", ["get", "sources_disagree"], "#c2410c", "#334155"],
        "circle-stroke-width": 2.5,
      },
    },
    {
      id: "event-low",
      type: "circle",
      source: "events",
      layout: { visibility: "none" },
      paint: {
        "circle-radius": killedRadius(["get", "killed_min"]),
        "circle-color": ["case", ["get", "sources_disagree"], "#c2410c", "#334155"],
        "circle-opacity": 0.75,
      },
    },
    {
      id: "event-labels",
      type: "symbol",
      source: "events",
      layout: {
        visibility: "none",
        "text-field": ["get", "label"],
        "text-font": FONT,
        "text-size": 12,
        "text-anchor": "left",
        "text-offset": [1.4, 0],
        "text-allow-overlap": false,
      },
      paint: { "text-color": ["case", ["get", "sources_disagree"], "#9a3412", "#1e293b"], ...halo },
    },
  ];
}

/**
 * The bubbles' counts and killed figures: above the other labels in the style,
 * so that MapLibre places them first (label-style.ts): a place's name makes way
 * for a count rather than lying on it; a killed figure that would cover another
 * label, a neighbour's count among them, is not drawn. The counts come last in
 * the list: the top of the style, placed before the killed figures.
 */
export function clusterLabelLayers(): LayerSpecification[] {
  return [
    {
      id: "cluster-killed",
      type: "symbol",
      source: "report-clusters",
      filter: ["has", "point_count"],
      layout: {
        visibility: "none",
        "text-field": clusterKilledLabel(false),
        "text-font": FONT,
        "text-size": 12,
        "text-anchor": "top",
        // Just under the bubble, whose radius (14–46 px) grows with its accounts: the same stops, in ems of 11 px.
        "text-offset": ["interpolate", ["linear"], ["get", "point_count"], 2, ["literal", [0, 1.45]], 50, ["literal", [0, 2.2]], 1000, ["literal", [0, 3.3]], 50000, ["literal", [0, 4.4]]],
      },
      paint: { "text-color": "#3b2466", ...halo },
    },
    {
      id: "cluster-labels",
      type: "symbol",
      source: "report-clusters",
      filter: ["has", "point_count"],
      layout: {
        visibility: "none",
        "text-field": ["get", "point_count_abbreviated"],
        "text-font": FONT,
        "text-size": 13,
        // Always drawn, and every label placed after it (all but the measure tool's) makes way.
        "text-allow-overlap": true,
      },
      paint: { "text-color": "#ffffff" },
    },
  ];
}
