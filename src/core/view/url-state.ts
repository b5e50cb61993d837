import { NO_FILTER, type ReportFilter } from "./report-filter";
import { NAMED_GROUPS, type NamedGroup } from "../reports/report";
import { DEFAULT_DISTANCE_MODE, DISTANCE_MODES, type DistanceMode } from "./distance-band";
import { DEFAULT_BANDS_KM, parseBandDistances, parseWithinKm } from "../bands/band-distances";
import { DEFAULT_EVENT_PARAMS } from "../events/events";
import { readEventParams } from "../events/event-params";
import { dayNumber, isoDay } from "../reports/report-time";

/** Where the map looks. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

/**
 * Everything a shared link carries: the camera, the filters (the distance band
 * and the chart's selection along the border among them), the selected report
 * or event, the layer groups switched off, the basemap, the report view, the
 * bands, the heatmap and the events' parameters. A field left undefined is the
 * app's default.
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
  /** The buffer bands drawn (km), when not the default 5, 10, 25, 50. */
  bands?: number[];
  /** The density heatmap is on. */
  density?: boolean;
  /** The events' grouping parameters, when not the defaults. */
  eventParams?: { epsKm: number; epsHours: number; minPoints: number };
}

/** What the link may name; the app's own lists, given to the decoder so that the core knows no UI. */
export interface ViewChoices {
  layerGroups: readonly string[];
  basemaps: readonly string[];
  views: readonly string[];
}

/**
 * One part of a link (`key=value`): how the state writes it and reads it
 * back, and the longest value it takes. The limit is the same both ways: a
 * value longer than it is never written, so that no link carries a part its
 * own reader would refuse.
 */
export interface LinkPart {
  key: string;
  /** The longest value, in characters as written in the address (URL-encoded). */
  limit: number;
  /** The value as written, or null when the state leaves this part at its default. */
  write: (state: ViewState) => string | null;
  /** Puts the value (`raw`, still URL-encoded; `values`: its comma-separated items decoded) into the state; the reason when it cannot. */
  read: (raw: string, values: string[], state: ViewState, choices: ViewChoices) => string | null;
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
const single = (values: string[]) => (values.length === 1 ? values[0]! : null);
const count = (v: string | null) => (v !== null && /^\d{1,7}$/.test(v) ? Number(v) : null);
const KM = "(\\d+(?:\\.\\d+)?)";

/** Names a list part may hold (event types, sources, sides): each at most this long once decoded. */
const NAME_LIMIT = 200;
/** A list of names, written or read. */
const LIST_LIMIT = 4_000;

function dates(key: "from" | "to", field: "dateFrom" | "dateTo"): LinkPart {
  return {
    key,
    limit: 10,
    write: (s) => s.filter[field],
    read: (_, values, s) => {
      const v = single(values);
      if (v === null || !isDate(v)) return "expected a date YYYY-MM-DD";
      s.filter[field] = v;
      return null;
    },
  };
}

function atLeast(key: "killed" | "injured", field: "killedAtLeast" | "injuredAtLeast"): LinkPart {
  return {
    key,
    limit: 7,
    write: (s) => (s.filter[field] === null ? null : String(s.filter[field])),
    read: (_, values, s) => {
      const v = count(single(values));
      if (v === null) return "expected a whole number";
      s.filter[field] = v;
      return null;
    },
  };
}

function names(key: string, field: "eventTypes" | "subEventTypes" | "sources" | "sides"): LinkPart {
  return {
    key,
    limit: LIST_LIMIT,
    write: (s) => {
      const v = s.filter[field];
      return v && v.length > 0 && v.every((name) => name.length <= NAME_LIMIT) ? list(v) : null;
    },
    read: (_, values, s) => {
      if (values.length === 0 || values.some((v) => v.length > NAME_LIMIT)) return `expected a list of names, each at most ${NAME_LIMIT} characters`;
      s.filter[field] = values;
      return null;
    },
  };
}

function codes(key: string, field: "geoPrecisions" | "timePrecisions"): LinkPart {
  return {
    key,
    limit: 20,
    write: (s) => (s.filter[field] ? list(s.filter[field]!) : null),
    read: (_, values, s) => {
      const read = values.map(count);
      if (read.length === 0 || read.some((c) => c === null || c < 1 || c > 3)) return "expected codes from 1 to 3";
      s.filter[field] = read as number[];
      return null;
    },
  };
}

/** The parts of a link, in the order they are written. */
export const LINK_PARTS: readonly LinkPart[] = [
  {
    key: "map",
    limit: 60,
    write: ({ camera: c }) => {
      if (!c) return null;
      const camera = [round(c.zoom, 2), round(c.lat, 5), round(c.lon, 5)];
      if (c.bearing !== 0 || c.pitch !== 0) camera.push(round(c.bearing, 1), round(c.pitch, 1));
      return camera.join("/");
    },
    read: (raw, _, s) => {
      const n = raw.split("/").map((x) => (/^-?\d+(\.\d+)?$/.test(x) ? Number(x) : Number.NaN));
      const [zoom, lat, lon, bearing = 0, pitch = 0] = n;
      if ((n.length !== 3 && n.length !== 5) || n.some((x) => !Number.isFinite(x))) return "expected zoom/latitude/longitude[/bearing/pitch]";
      if (zoom! < 0 || zoom! > 22 || Math.abs(lat!) > 85 || Math.abs(lon!) > 180 || pitch < 0 || pitch > 85) return "a value is out of range";
      s.camera = { zoom: zoom!, lat: lat!, lon: lon!, bearing, pitch };
      return null;
    },
  },
  dates("from", "dateFrom"),
  dates("to", "dateTo"),
  names("type", "eventTypes"),
  names("sub", "subEventTypes"),
  atLeast("killed", "killedAtLeast"),
  atLeast("injured", "injuredAtLeast"),
  {
    // The victim group the two figures count ("group=civilians"); absent: all groups together.
    key: "group",
    limit: 20,
    write: (s) => s.filter.casualtyGroup,
    read: (_, values, s) => {
      const v = single(values);
      if (v === null || !(NAMED_GROUPS as readonly string[]).includes(v)) return `expected one of ${NAMED_GROUPS.join(", ")}`;
      s.filter.casualtyGroup = v as NamedGroup;
      return null;
    },
  },
  names("source", "sources"),
  names("side", "sides"),
  {
    key: "km",
    limit: 40,
    write: ({ filter: f }) => (f.distanceFromKm !== null || f.distanceToKm !== null ? `${f.distanceFromKm ?? ""}-${f.distanceToKm ?? ""}` : null),
    read: (raw, _, s) => {
      const m = new RegExp(`^${KM}?-${KM}?$`).exec(raw);
      if (!m || (m[1] === undefined && m[2] === undefined)) return "expected FROM-TO in km, either end empty";
      const [from, to] = [m[1] === undefined ? null : Number(m[1]), m[2] === undefined ? null : Number(m[2])];
      if (from !== null && to !== null && from > to) return "the first distance is greater than the second";
      s.filter.distanceFromKm = from;
      s.filter.distanceToKm = to;
      return null;
    },
  },
  {
    // How the band reads a report's range of distances; left out at the default ("possibly"), so that links made before
    // the mode existed, which never carry it, open with the default: they keep every report they kept, and those whose
    // range only touches the band as well.
    key: "kmmode",
    limit: 9,
    write: ({ filter: f }) => (f.distanceMode === DEFAULT_DISTANCE_MODE ? null : f.distanceMode),
    read: (_, values, s) => {
      const v = single(values);
      if (v === null || !DISTANCE_MODES.includes(v as DistanceMode)) return `expected ${DISTANCE_MODES.join(" or ")}`;
      s.filter.distanceMode = v as DistanceMode;
      return null;
    },
  },
  {
    // Links made before the two distance filters were one: "within=5" is "km=-5". Never written.
    key: "within",
    limit: 20,
    write: () => null,
    read: (_, values, s) => {
      const v = single(values);
      const within = v === null ? null : parseWithinKm(v);
      if (!within || !within.ok || within.km === null) return within && !within.ok ? within.message : "expected a distance in km";
      s.filter.distanceToKm = s.filter.distanceToKm === null ? within.km : Math.min(s.filter.distanceToKm, within.km);
      return null;
    },
  },
  codes("geo", "geoPrecisions"),
  codes("time", "timePrecisions"),
  {
    key: "along",
    limit: 60,
    write: ({ filter: { along: a } }) =>
      a ? `${round(a.kmFrom, 1)}-${round(a.kmTo, 1)}/${a.dayFrom === null ? "" : isoDay(a.dayFrom)}/${a.dayTo === null ? "" : isoDay(a.dayTo)}` : null,
    read: (raw, _, s) => {
      const m = new RegExp(`^${KM}-${KM}/(\\d{4}-\\d{2}-\\d{2})?/(\\d{4}-\\d{2}-\\d{2})?$`).exec(raw);
      if (!m || Number(m[1]) > Number(m[2]) || (m[3] !== undefined && !isDate(m[3])) || (m[4] !== undefined && !isDate(m[4]))) {
        return "expected FROM-TO km along the border, then /first day/last day, either day empty";
      }
      s.filter.along = { kmFrom: Number(m[1]), kmTo: Number(m[2]), dayFrom: m[3] === undefined ? null : dayNumber(m[3]), dayTo: m[4] === undefined ? null : dayNumber(m[4]) };
      return null;
    },
  },
  {
    key: "report",
    limit: 1_000,
    write: (s) => (s.selected ? encodeURIComponent(s.selected) : null),
    read: (_, values, s) => {
      const v = single(values);
      if (v === null) return "expected one report id";
      s.selected = v;
      return null;
    },
  },
  {
    key: "event",
    limit: 10,
    write: (s) => (s.event ? encodeURIComponent(s.event) : null),
    read: (_, values, s) => {
      const v = single(values);
      if (v === null || !/^E\d{1,9}$/.test(v)) return "expected an event id such as E3";
      s.event = v;
      return null;
    },
  },
  {
    key: "hide",
    limit: 200,
    write: (s) => (s.hidden && s.hidden.length > 0 ? list(s.hidden) : null),
    read: (_, values, s, choices) => {
      const unknown = values.filter((v) => !choices.layerGroups.includes(v));
      if (unknown.length > 0) return `no layer group named ${unknown.map(shorten).join(", ")}`;
      s.hidden = values;
      return null;
    },
  },
  {
    key: "basemap",
    limit: 40,
    write: (s) => (s.basemap ? encodeURIComponent(s.basemap) : null),
    read: (_, values, s, choices) => {
      const v = single(values);
      if (v === null || !choices.basemaps.includes(v)) return `expected one of ${choices.basemaps.join(", ")}`;
      s.basemap = v;
      return null;
    },
  },
  {
    key: "view",
    limit: 40,
    write: (s) => (s.view ? encodeURIComponent(s.view) : null),
    read: (_, values, s, choices) => {
      const v = single(values);
      if (v === null || !choices.views.includes(v)) return `expected one of ${choices.views.join(", ")}`;
      s.view = v;
      return null;
    },
  },
  {
    key: "bands",
    limit: 200,
    write: (s) => (s.bands && s.bands.join(",") !== DEFAULT_BANDS_KM.join(",") ? s.bands.join(",") : null),
    read: (_, values, s) => {
      const bands = parseBandDistances(values.join(","));
      if (!bands.ok) return bands.message;
      s.bands = bands.km;
      return null;
    },
  },
  {
    key: "heat",
    limit: 1,
    write: (s) => (s.density ? "1" : null),
    read: (raw, _, s) => {
      if (raw !== "1") return "expected 1";
      s.density = true;
      return null;
    },
  },
  {
    key: "events",
    limit: 40,
    write: ({ eventParams: e }) =>
      e && (e.epsKm !== DEFAULT_EVENT_PARAMS.epsKm || e.epsHours !== DEFAULT_EVENT_PARAMS.epsHours || e.minPoints !== DEFAULT_EVENT_PARAMS.minPoints)
        ? `${e.epsKm}/${Number.isFinite(e.epsHours) ? e.epsHours : "inf"}/${e.minPoints}`
        : null,
    read: (raw, _, s) => {
      const [epsKm, epsHours, minPoints] = raw.split("/");
      const read = minPoints === undefined ? null : readEventParams({ epsKm, epsHours, minPoints });
      if (!read) return "expected km/hours/reports, such as 15/48/1";
      if (!read.ok) return read.problem.replace(/^--/, "");
      s.eventParams = { epsKm: read.params.epsKm, epsHours: read.params.epsHours, minPoints: read.params.minPoints };
      return null;
    },
  },
];

const PART_BY_KEY = new Map(LINK_PARTS.map((p) => [p.key, p]));

/** The state as a URL hash (`#map=6.5/31.0/66.4&from=…`), short and readable; defaults are left out, and so is a value over its part's limit. */
export function encodeViewState(state: ViewState): string {
  const parts: string[] = [];
  for (const part of LINK_PARTS) {
    const value = part.write(state);
    if (value !== null && value.length <= part.limit) parts.push(`${part.key}=${value}`);
  }
  return parts.length > 0 ? `#${parts.join("&")}` : "";
}

/** The state a hash gives, and a sentence for each part that could not be used (that part is ignored; the rest applies). */
export function decodeViewState(hash: string, choices: ViewChoices): { state: ViewState; problems: string[] } {
  const state: ViewState = { filter: { ...NO_FILTER } };
  const problems: string[] = [];
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  if (text.trim() === "") return { state, problems };
  const seen = new Set<string>();
  for (const piece of text.split("&")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    const key = eq < 0 ? piece : piece.slice(0, eq);
    const raw = eq < 0 ? "" : piece.slice(eq + 1);
    const bad = (why: string) => problems.push(`"${shorten(key)}" ignored: ${why}`);
    const part = PART_BY_KEY.get(key);
    if (!part) {
      bad("not a part of a map link");
      continue;
    }
    if (seen.has(key)) {
      bad("given twice");
      continue;
    }
    seen.add(key);
    if (raw.length > part.limit) {
      bad(`longer than ${part.limit.toLocaleString("en")} characters`);
      continue;
    }
    let values: string[];
    try {
      values = raw === "" ? [] : raw.split(",").map((v) => decodeURIComponent(v));
    } catch {
      bad("not valid URL encoding");
      continue;
    }
    const why = part.read(raw, values, state, choices);
    if (why !== null) bad(why);
  }
  return { state, problems };
}

/** Text from a link, cut short for a message. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
