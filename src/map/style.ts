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
import { NO_STACK_LABELS } from "./report-filters";
import { CASUALTY_STOPS, OTHER_SUB_EVENT_COLOR, SUB_EVENT_COLORS } from "./report-colors";
import { heatLayer, REPORT_VIEW_SOURCES, reportViewLayers } from "./report-view-style";

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
  reports: ["report-accuracy", "reports", "report-stack-labels", "report-selected", "report-hover", "nearest-line", "nearest-label"],
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

/** Fewer towns at low zoom: the biggest first, all of them from zoom 8. */
const citiesByZoom: ExpressionSpecification = [
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
    {
      id: "place-accuracy-fill",
      type: "fill",
      source: "place-accuracy",
      paint: { "fill-color": "#555555", "fill-opacity": 0.08 },
    },
    {
      id: "place-accuracy-line",
      type: "line",
      source: "place-accuracy",
      paint: { "line-color": "#555555", "line-width": 1, "line-dasharray": [2, 2] },
    },
    {
      id: "report-accuracy",
      type: "fill",
      source: "selected-accuracy",
      paint: { "fill-color": "#d7301f", "fill-opacity": 0.12, "fill-outline-color": "#d7301f" },
    },
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

function labelLayers(): LayerSpecification[] {
  const halo = { "text-halo-color": "#ffffff", "text-halo-width": 1.4 };
  return [
    {
      id: "country-labels",
      type: "symbol",
      source: "country-labels",
      layout: { "text-field": ["get", "name"], "text-font": FONT, "text-size": 13, "text-transform": "uppercase", "text-letter-spacing": 0.15 },
      paint: { "text-color": "#8a8073", ...halo },
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
        "text-font": FONT,
        "text-size": 11,
        "text-offset": [0, 0.7],
        "text-anchor": "top",
        "symbol-sort-key": ["-", 0, ["coalesce", ["get", "population"], 0]],
      },
      paint: { "text-color": "#5c554b", ...halo },
    },
    {
      id: "kp-label",
      type: "symbol",
      source: "kp",
      layout: { "text-field": "Khyber Pakhtunkhwa", "text-font": FONT, "text-size": 12 },
      paint: { "text-color": "#1f5f8b", ...halo },
    },
    {
      id: "durand-label",
      type: "symbol",
      source: "durand",
      layout: {
        "symbol-placement": "line",
        "symbol-spacing": 400,
        "text-field": "Durand Line (de facto boundary)",
        "text-font": FONT,
        "text-size": 11,
        "text-offset": [0, -0.9],
      },
      paint: { "text-color": "#8e1422", ...halo },
    },
    {
      id: "place-labels",
      type: "symbol",
      source: "places",
      layout: {
        "text-field": ["format", ["get", "name"], {}, ["case", ["has", "name_local"], ["concat", "\n", ["get", "name_local"]], ""], { "font-scale": 0.95 }],
        "text-font": FONT,
        "text-size": 12,
        // Weesh and the crossing share one position: Weesh's name goes on the left.
        "text-offset": ["match", ["get", "id"], "weesh", ["literal", [-0.8, 0]], ["literal", [0.8, 0]]],
        "text-anchor": ["match", ["get", "id"], "weesh", "right", "left"],
        "text-allow-overlap": false,
      },
      paint: { "text-color": "#222222", ...halo },
    },
    {
      id: "nearest-label",
      type: "symbol",
      source: "nearest-line",
      filter: ["==", ["geometry-type"], "Point"],
      layout: {
        "text-field": ["get", "label"],
        "text-font": FONT,
        "text-size": 12,
        "text-anchor": "left",
        "text-offset": [0.6, 0],
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": "#111111", "text-halo-color": "#ffffff", "text-halo-width": 1.6 },
    },
    {
      // "×N" over N stacked reports the filters show: report-drawing.ts sets which report carries it and its text.
      id: "report-stack-labels",
      type: "symbol",
      source: "reports",
      filter: NO_STACK_LABELS.filter,
      layout: {
        "text-field": NO_STACK_LABELS.textField,
        "text-font": FONT,
        "text-size": 11,
        "text-offset": [0, -1.6],
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": "#111111", ...halo },
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
      ...labelLayers(),
      ...measureLayers(FONT),
    ],
  };
}
