import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from "maplibre-gl";
import { REGION_BBOX } from "../core/reports/region";
import type { LayerGroup } from "./layer-groups";
import { BAND_LAYER_IDS, BAND_SOURCES, bandLabelLayers, bandLayers } from "./band-style";
import { MEASURE_SOURCES, measureLayers } from "./measure-style";
import { accuracyLayers } from "./accuracy-style";
import { labelLayers } from "./label-style";
import { CASUALTY_STOPS, OTHER_SUB_EVENT_COLOR, SUB_EVENT_COLORS } from "./report-colors";
import { clusterLabelLayers, heatLayer, REPORT_VIEW_SOURCES, reportViewLayers } from "./report-view-style";

/** Where the style finds its data; every address is on the app's own origin. */
export interface StyleUrls {
  /** Folder holding `basemap/` and `glyphs/`, ending with "/". */
  publicBase: string;
  durandLine: string;
  khyberPakhtunkhwa: string;
  places: string;
}

export const FONT = ["Noto Sans Regular"];

/**
 * The credits each source needs, worded alike so that MapLibre shows each
 * once: one short line that does not cover the map's foot. Which layer comes
 * from which source, and how exact it is, is in geodata/SOURCES.md.
 */
const OSM = "© OpenStreetMap contributors (ODbL)";
export const ATTRIBUTION = {
  osmBoundary: OSM, // the Durand Line
  osmRivers: OSM,
  khyberPakhtunkhwa: OSM, // Natural Earth's province, its western edge OpenStreetMap's Durand Line
  naturalEarth: "Natural Earth",
  geonames: "GeoNames (CC BY 4.0)",
};

/** Style layer ids of each group, so the map can switch a group on and off. */
export const GROUP_LAYERS: Record<LayerGroup, string[]> = {
  basemap: ["provinces-line", "rivers", "city-dots", "city-labels", "country-labels"],
  kp: ["kp-fill", "kp-outline", "kp-label"],
  durand: ["durand-casing", "durand-line", "durand-label"],
  places: ["place-accuracy-fill", "place-accuracy-line", "place-dots", "place-labels"],
  reports: ["report-accuracy-fill", "report-accuracy-line", "reports", "report-stack-labels", "report-selected", "report-hover", "nearest-line", "nearest-label"],
  bands: BAND_LAYER_IDS,
};

const subEventColor: ExpressionSpecification = [
  "match",
  ["get", "sub_event_type"],
  ...Object.entries(SUB_EVENT_COLORS).flatMap(([type, color]) => [type, color as string]),
  OTHER_SUB_EVENT_COLOR,
] as unknown as ExpressionSpecification;

const casualtyRadius: DataDrivenPropertyValueSpecification<number> = [
  "interpolate",
  ["linear"],
  ["get", "casualties_high"],
  ...CASUALTY_STOPS.flat(),
] as unknown as ExpressionSpecification;

const emptyCollection = { type: "FeatureCollection" as const, features: [] };

/** The region the offline basemap covers, [west, south, east, north] (scripts/geodata/basemap.mjs clips it so). */
export const OFFLINE_BASEMAP_BBOX = REGION_BBOX;

/** The world outside that region, as one polygon with the region as its hole: greyed, so that no one reads it as sea. */
function outsideBasemap() {
  const [w, s, e, n] = OFFLINE_BASEMAP_BBOX;
  return {
    type: "Feature" as const,
    properties: {},
    geometry: {
      type: "Polygon" as const,
      coordinates: [
        [[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]],
        [[w, s], [w, n], [e, n], [e, s], [w, s]],
      ],
    },
  };
}

function basemapLayers(): LayerSpecification[] {
  return [
    { id: "background", type: "background", paint: { "background-color": "#cfe3ef" } },
    { id: "land", type: "fill", source: "land", paint: { "fill-color": "#f4f1ea" } },
    // Beyond the offline basemap: no data there (the online basemap, when picked, is drawn over it).
    { id: "basemap-outside", type: "fill", source: "basemap-outside", paint: { "fill-color": "#e4e4e4" } },
    { id: "basemap-edge", type: "line", source: "basemap-outside", paint: { "line-color": "#9a9a9a", "line-width": 1, "line-dasharray": [4, 3] } },
    {
      id: "countries-focus",
      type: "fill",
      source: "countries",
      filter: ["in", ["get", "iso_a2"], ["literal", ["AF", "PK"]]],
      // Natural Earth's outline is up to 5 km off the detailed border: fade the tint out before that shows.
      paint: {
        "fill-color": ["match", ["get", "iso_a2"], "AF", "#f7efdc", "#eef3e3"],
        "fill-opacity": ["interpolate", ["linear"], ["zoom"], 7, 1, 9, 0],
      },
    },
    {
      id: "provinces-line",
      type: "line",
      source: "provinces",
      paint: { "line-color": "#b9ad98", "line-width": 0.6, "line-dasharray": [3, 2] },
    },
    {
      // OpenStreetMap river areas: water polygons; the outline keeps thin stretches visible at low zoom.
      id: "rivers",
      type: "fill",
      source: "rivers",
      paint: { "fill-color": "#9cc3de", "fill-outline-color": "#7fb0d3" },
    },
    {
      id: "country-borders",
      type: "line",
      source: "country-borders",
      // The AF–PK stretch is the detailed Durand Line layer; Natural Earth's is up to 4.8 km off it.
      filter: ["!=", ["get", "pair"], "AF-PK"],
      paint: { "line-color": "#9a8f80", "line-width": 1 },
    },
  ];
}

function overlayLayers(): LayerSpecification[] {
  return [
    { id: "kp-fill", type: "fill", source: "kp", paint: { "fill-color": "#2c7fb8", "fill-opacity": 0.1 } },
    { id: "kp-outline", type: "line", source: "kp", paint: { "line-color": "#2c7fb8", "line-width": 1.5 } },
    {
      id: "durand-casing",
      type: "line",
      source: "durand",
      layout: { "line-join": "round" },
      paint: { "line-color": "#ffffff", "line-width": 5, "line-opacity": 0.8 },
    },
    {
      id: "durand-line",
      type: "line",
      source: "durand",
      layout: { "line-join": "round" },
      paint: { "line-color": "#b2182b", "line-width": 2.2, "line-dasharray": [4, 1.5] },
    },
    ...accuracyLayers("place-accuracy", "place-accuracy"),
    // A selected report's: the same drawing as a place's, as the legend's "Uncertainty of a place's position".
    ...accuracyLayers("report-accuracy", "selected-accuracy"),
    {
      id: "place-dots",
      type: "circle",
      source: "places",
      paint: { "circle-radius": 3.5, "circle-color": "#222222", "circle-stroke-color": "#ffffff", "circle-stroke-width": 1 },
    },
    {
      id: "reports",
      type: "circle",
      source: "reports",
      paint: {
        "circle-color": subEventColor,
        "circle-radius": casualtyRadius,
        "circle-opacity": 0.85,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 1.2,
      },
    },
    {
      id: "nearest-line",
      type: "line",
      source: "nearest-line",
      filter: ["==", ["geometry-type"], "LineString"],
      paint: { "line-color": "#111111", "line-width": 1.6, "line-dasharray": [2, 1.5] },
    },
    {
      id: "report-selected",
      type: "circle",
      source: "reports",
      filter: ["==", ["get", "id"], ""],
      paint: {
        "circle-radius": ["+", casualtyRadius, 4] as unknown as ExpressionSpecification,
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-color": "#111111",
        "circle-stroke-width": 2.5,
      },
    },
    {
      // The report whose row the pointer is over in the list (and the reverse).
      id: "report-hover",
      type: "circle",
      source: "reports",
      filter: ["==", ["get", "id"], ""],
      paint: {
        "circle-radius": ["+", casualtyRadius, 6] as unknown as ExpressionSpecification,
        "circle-color": "rgba(255,200,0,0.35)",
        "circle-stroke-color": "#b45309",
        "circle-stroke-width": 3,
      },
    },
  ];
}

/**
 * The map's style: the offline basemap, the border layers and the reports.
 * Every source is a GeoJSON file on the app's own origin; reports and the
 * accuracy circles start empty and are filled by the map module.
 */
export function buildStyle(urls: StyleUrls): StyleSpecification {
  const basemap = (name: string) => `${urls.publicBase}basemap/${name}.geojson`;
  return {
    version: 8,
    glyphs: `${urls.publicBase}glyphs/{fontstack}/{range}.pbf`,
    sources: {
      land: { type: "geojson", data: basemap("land"), attribution: ATTRIBUTION.naturalEarth },
      "basemap-outside": { type: "geojson", data: outsideBasemap() },
      countries: { type: "geojson", data: basemap("countries") },
      "country-labels": { type: "geojson", data: basemap("country-labels") },
      "country-borders": { type: "geojson", data: basemap("country-borders") },
      provinces: { type: "geojson", data: basemap("provinces") },
      rivers: { type: "geojson", data: basemap("rivers"), attribution: ATTRIBUTION.osmRivers },
      cities: { type: "geojson", data: basemap("cities"), attribution: ATTRIBUTION.geonames },
      kp: { type: "geojson", data: urls.khyberPakhtunkhwa, attribution: ATTRIBUTION.khyberPakhtunkhwa },
      durand: { type: "geojson", data: urls.durandLine, attribution: ATTRIBUTION.osmBoundary },
      places: { type: "geojson", data: urls.places, attribution: ATTRIBUTION.geonames },
      "place-accuracy": { type: "geojson", data: emptyCollection },
      "selected-accuracy": { type: "geojson", data: emptyCollection },
      reports: { type: "geojson", data: emptyCollection },
      "nearest-line": { type: "geojson", data: emptyCollection },
      ...MEASURE_SOURCES,
      ...BAND_SOURCES,
      ...REPORT_VIEW_SOURCES,
    },
    layers: [
      ...basemapLayers(),
      ...bandLayers(),
      heatLayer(),
      ...overlayLayers(),
      ...reportViewLayers(),
      ...bandLabelLayers(FONT),
      ...labelLayers(FONT),
      ...clusterLabelLayers(),
      ...measureLayers(FONT),
    ],
  };
}
