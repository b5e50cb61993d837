import { NO_FILTER, type ReportFilter } from "./report-filter";
import type { AlongBorderSelection } from "./along-border-chart";
import { DEFAULT_BANDS_KM, parseBandDistances, parseWithinKm } from "./band-distances";
import { DEFAULT_EVENT_PARAMS } from "./events";
import { readEventParams } from "./event-params";
import { dayNumber, isoDay } from "./report-time";

/** Where the map looks. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

/**
 * Everything a shared link carries: the camera, the explore filters, the
 * selected report or event, the layer groups switched off, the basemap and
 * the report view. A field left undefined is the app's default.
 */
export interface ViewState {
  camera?: Camera;
  filter: ReportFilter;
  selected?: string;
  /** The event whose popup is open (events view): `E1`, `E2`, … as grouped with the link's filters. */
  event?: string;
  hidden?: string[];
  basemap?: string;
  view?: string;
  /** The bands panel's "only reports within N km" (km). */
  withinKm?: number;
  /** The buffer bands drawn (km), when not the default 5, 10, 25, 50. */
  bands?: number[];
  /** The density heatmap is on. */
  density?: boolean;
  /** The events' grouping parameters, when not the defaults. */
  eventParams?: { epsKm: number; epsHours: number; minPoints: number };
  /** The selection on the chart along the border: a stretch (km from the Iran tripoint) and a period. */
  along?: AlongBorderSelection;
}

/** What the link may name; the app's own lists, given to the decoder so that the core knows no UI. */
export interface ViewChoices {
  layerGroups: readonly string[];
  basemaps: readonly string[];
  views: readonly string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date that exists (2025-02-30 does not). */
function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === text;
}

const list = (values: readonly (string | number)[]) => values.map((v) => encodeURIComponent(String(v))).join(",");
const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The state as a URL hash (`#map=6.5/31.0/66.4&from=…`), short and readable; defaults are left out. */
export function encodeViewState(state: ViewState): string {
  const parts: string[] = [];
  const c = state.camera;
  if (c) {
    const camera = [round(c.zoom, 2), round(c.lat, 5), round(c.lon, 5)];
    if (c.bearing !== 0 || c.pitch !== 0) camera.push(round(c.bearing, 1), round(c.pitch, 1));
    parts.push(`map=${camera.join("/")}`);
  }
  const f = state.filter;
  if (f.dateFrom) parts.push(`from=${f.dateFrom}`);
  if (f.dateTo) parts.push(`to=${f.dateTo}`);
  if (f.eventTypes) parts.push(`type=${list(f.eventTypes)}`);
  if (f.subEventTypes) parts.push(`sub=${list(f.subEventTypes)}`);
  if (f.killedAtLeast !== null) parts.push(`killed=${f.killedAtLeast}`);
  if (f.injuredAtLeast !== null) parts.push(`injured=${f.injuredAtLeast}`);
  if (f.sources) parts.push(`source=${list(f.sources)}`);
  if (f.sides) parts.push(`side=${list(f.sides)}`);
  if (f.distanceFromKm !== null || f.distanceToKm !== null) parts.push(`km=${f.distanceFromKm ?? ""}-${f.distanceToKm ?? ""}`);
  if (f.geoPrecisions) parts.push(`geo=${list(f.geoPrecisions)}`);
  if (f.timePrecisions) parts.push(`time=${list(f.timePrecisions)}`);
  if (state.selected) parts.push(`report=${encodeURIComponent(state.selected)}`);
  if (state.event) parts.push(`event=${encodeURIComponent(state.event)}`);
  if (state.hidden && state.hidden.length > 0) parts.push(`hide=${list(state.hidden)}`);
  if (state.basemap) parts.push(`basemap=${encodeURIComponent(state.basemap)}`);
  if (state.view) parts.push(`view=${encodeURIComponent(state.view)}`);
  if (state.withinKm !== undefined) parts.push(`within=${state.withinKm}`);
  if (state.bands && state.bands.join(",") !== DEFAULT_BANDS_KM.join(",")) parts.push(`bands=${state.bands.join(",")}`);
  if (state.density) parts.push("heat=1");
  const e = state.eventParams;
  if (e && (e.epsKm !== DEFAULT_EVENT_PARAMS.epsKm || e.epsHours !== DEFAULT_EVENT_PARAMS.epsHours || e.minPoints !== DEFAULT_EVENT_PARAMS.minPoints)) {
    parts.push(`events=${e.epsKm}/${Number.isFinite(e.epsHours) ? e.epsHours : "inf"}/${e.minPoints}`);
  }
  const a = state.along;
  if (a) parts.push(`along=${round(a.kmFrom, 1)}-${round(a.kmTo, 1)}/${a.dayFrom === null ? "" : isoDay(a.dayFrom)}/${a.dayTo === null ? "" : isoDay(a.dayTo)}`);
  return parts.length > 0 ? `#${parts.join("&")}` : "";
}

/** The state a hash gives, and a sentence for each part that could not be used (that part is ignored; the rest applies). */
export function decodeViewState(hash: string, choices: ViewChoices): { state: ViewState; problems: string[] } {
  const state: ViewState = { filter: { ...NO_FILTER } };
  const problems: string[] = [];
  const f = state.filter;
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  if (text.trim() === "") return { state, problems };
  const seen = new Set<string>();
  for (const part of text.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? "" : part.slice(eq + 1);
    const bad = (why: string) => problems.push(`"${shorten(key)}" ignored: ${why}`);
    if (seen.has(key)) {
      bad("given twice");
      continue;
    }
    seen.add(key);
    let values: string[];
    try {
      values = raw === "" ? [] : raw.split(",").map((v) => decodeURIComponent(v));
    } catch {
      bad("not valid URL encoding");
      continue;
    }
    const single = values.length === 1 ? values[0]! : null;
    const count = (v: string | null) => (v !== null && /^\d{1,7}$/.test(v) ? Number(v) : null);
    switch (key) {
      case "map": {
        const n = (single ?? "").split("/").map((x) => (/^-?\d+(\.\d+)?$/.test(x) ? Number(x) : Number.NaN));
        const [zoom, lat, lon, bearing = 0, pitch = 0] = n;
        if ((n.length !== 3 && n.length !== 5) || n.some((x) => !Number.isFinite(x))) bad("expected zoom/latitude/longitude[/bearing/pitch]");
        else if (zoom! < 0 || zoom! > 22 || Math.abs(lat!) > 85 || Math.abs(lon!) > 180 || pitch < 0 || pitch > 85) bad("a value is out of range");
        else state.camera = { zoom: zoom!, lat: lat!, lon: lon!, bearing, pitch };
        break;
      }
      case "from":
      case "to":
        if (single === null || !isDate(single)) bad("expected a date YYYY-MM-DD");
        else f[key === "from" ? "dateFrom" : "dateTo"] = single;
        break;
      case "killed":
      case "injured": {
        const v = count(single);
        if (v === null) bad("expected a whole number");
        else f[key === "killed" ? "killedAtLeast" : "injuredAtLeast"] = v;
        break;
      }
      case "km": {
        const m = /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/.exec(single ?? "");
        if (!m || (m[1] === undefined && m[2] === undefined)) bad("expected FROM-TO in km, either end empty");
        else {
          f.distanceFromKm = m[1] === undefined ? null : Number(m[1]);
          f.distanceToKm = m[2] === undefined ? null : Number(m[2]);
        }
        break;
      }
      case "type":
      case "sub":
      case "source":
      case "side":
        if (values.length === 0 || values.some((v) => v.length > 200)) bad("expected a list of names");
        else f[({ type: "eventTypes", sub: "subEventTypes", source: "sources", side: "sides" } as const)[key]] = values;
        break;
      case "geo":
      case "time": {
        const codes = values.map(count);
        const max = 3;
        if (codes.length === 0 || codes.some((c) => c === null || c < 1 || c > max)) bad(`expected codes from 1 to ${max}`);
        else f[key === "geo" ? "geoPrecisions" : "timePrecisions"] = codes as number[];
        break;
      }
      case "report":
        if (single === null || single.length > 200) bad("expected one report id");
        else state.selected = single;
        break;
      case "event":
        if (single === null || !/^E\d{1,9}$/.test(single)) bad("expected an event id such as E3");
        else state.event = single;
        break;
      case "hide": {
        const unknown = values.filter((v) => !choices.layerGroups.includes(v));
        if (unknown.length > 0) bad(`no layer group named ${unknown.map(shorten).join(", ")}`);
        else state.hidden = values;
        break;
      }
      case "basemap":
        if (single === null || !choices.basemaps.includes(single)) bad(`expected one of ${choices.basemaps.join(", ")}`);
        else state.basemap = single;
        break;
      case "view":
        if (single === null || !choices.views.includes(single)) bad(`expected one of ${choices.views.join(", ")}`);
        else state.view = single;
        break;
      case "within": {
        const within = single === null ? null : parseWithinKm(single);
        if (!within || !within.ok || within.km === null) bad(within && !within.ok ? within.message : "expected a distance in km");
        else state.withinKm = within.km;
        break;
      }
      case "bands": {
        const bands = parseBandDistances(values.join(","));
        if (!bands.ok) bad(bands.message);
        else state.bands = bands.km;
        break;
      }
      case "heat":
        if (single !== "1") bad("expected 1");
        else state.density = true;
        break;
      case "events": {
        const [epsKm, epsHours, minPoints] = (single ?? "").split("/");
        const read = minPoints === undefined ? null : readEventParams({ epsKm, epsHours, minPoints });
        if (!read) bad("expected km/hours/reports, such as 15/48/1");
        else if (!read.ok) bad(read.problem.replace(/^--/, ""));
        else state.eventParams = { epsKm: read.params.epsKm, epsHours: read.params.epsHours, minPoints: read.params.minPoints };
        break;
      }
      case "along": {
        const m = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)\/(\d{4}-\d{2}-\d{2})?\/(\d{4}-\d{2}-\d{2})?$/.exec(single ?? "");
        if (!m || Number(m[1]) > Number(m[2]) || (m[3] !== undefined && !isDate(m[3])) || (m[4] !== undefined && !isDate(m[4]))) {
          bad("expected FROM-TO km along the border, then /first day/last day, either day empty");
        } else {
          state.along = { kmFrom: Number(m[1]), kmTo: Number(m[2]), dayFrom: m[3] === undefined ? null : dayNumber(m[3]), dayTo: m[4] === undefined ? null : dayNumber(m[4]) };
        }
        break;
      }
      default:
        bad("not a part of a map link");
    }
  }
  return { state, problems };
}

/** Text from a link, cut short for a message. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
