import Papa from "papaparse";
import type { Feature, FeatureCollection, Point } from "geojson";
import { VICTIM_GROUPS, type ReportProperties } from "../reports/report";
import { distanceRange, type DistanceRange } from "../distance/border-uncertainty";

/** A report to export, with what the map measured of it. */
export interface ExportRow {
  properties: ReportProperties;
  lon: number;
  lat: number;
  /** Distance to the Durand Line, metres, once measured. */
  distanceM?: number;
  /** `AF`, `PK` or `none`, once measured. */
  side?: string;
}

/** Each victim group's figures and side: `civilians_killed`, `civilians_killed_max`, ..., `civilians_side`. */
const GROUP_COLUMNS = VICTIM_GROUPS.flatMap((g) => [
  ...(["killed", "injured"] as const).flatMap((m) => [`${g}_${m}`, `${g}_${m}_max`, `${g}_${m}_at_least`] as const),
  ...(g === "unstated" ? [] : [`${g}_side` as const]),
]);

/**
 * ACLED's `civilian_targeting` ("Civilian targeting" where civilians were the
 * main or only target): written where the source gives civilian casualties
 * and none of security forces or combatants.
 */
function civilianTargeting(p: ReportProperties): string | null {
  const hit = (g: "civilians" | "security_forces" | "militants") => ((p[`${g}_killed`] ?? 0) > 0 || (p[`${g}_injured`] ?? 0) > 0);
  return hit("civilians") && !hit("security_forces") && !hit("militants") ? "Civilian targeting" : null;
}

/**
 * CSV columns: ACLED's names first (as an ACLED export spells them), then the
 * project's own (each source's figures and range, for all and for each victim group, accuracy, the source's
 * address, and the distance and side the map measured). Beside the measured
 * distance (the best estimate), the range its accuracy allows:
 * `border_distance_min_km` = max(0, d − accuracy), `border_distance_max_km` = d + accuracy.
 */
export const CSV_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "civilian_targeting",
  "country",
  "admin1",
  "admin2",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "notes",
  "fatalities",
  "killed",
  "killed_max",
  "killed_at_least",
  "injured",
  "injured_max",
  "injured_at_least",
  ...GROUP_COLUMNS,
  "source_side",
  "accuracy_m",
  "source_url",
  "source_note",
  "place_id",
  "border_distance_km",
  "border_distance_min_km",
  "border_distance_max_km",
  "border_side",
  "synthetic",
] as const;

/**
 * A text cell a spreadsheet would run as a formula (it starts with =, +, -,
 * @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises;
 * numbers are written as numbers and left alone.
 */
export function neutralizeCell(text: string): string {
  // Text that already starts with apostrophes before such a character gets one more, so that reading it back
  // (which takes one off) gives it as it was.
  return /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return value;
  return neutralizeCell(String(value));
}

/** The range of a row's distance its accuracy allows; undefined while unmeasured. */
function rangeOf(r: ExportRow): DistanceRange | undefined {
  return r.distanceM !== undefined && Number.isFinite(r.distanceM) ? distanceRange({ distanceM: r.distanceM }, r.properties.accuracy_m) : undefined;
}

/** Metres as km to the metre (3 decimals): rounding keeps min ≤ best ≤ max. */
const km = (m: number | undefined) => (m === undefined ? null : Number((m / 1000).toFixed(3)));

/** The reports as CSV (RFC 4180: quoted where needed, `\n` line ends), one row each, the columns above. */
export function reportsToCsv(rows: readonly ExportRow[]): string {
  const data = rows.map((r) => {
    const p = r.properties;
    const range = rangeOf(r);
    const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      ...(Object.fromEntries(GROUP_COLUMNS.map((c) => [c, p[c]])) as Record<(typeof GROUP_COLUMNS)[number], unknown>),
      civilian_targeting: civilianTargeting(p),
      source_side: p.source_side,
      event_id_cnty: p.id,
      event_date: p.event_date,
      year: Number(p.event_date.slice(0, 4)),
      time_precision: p.time_precision,
      event_type: p.event_type,
      sub_event_type: p.sub_event_type,
      actor1: p.actor1,
      country: p.country === "AF" ? "Afghanistan" : p.country === "PK" ? "Pakistan" : p.country,
      admin1: p.admin1,
      admin2: p.admin2,
      location: p.location,
      latitude: r.lat,
      longitude: r.lon,
      geo_precision: p.geo_precision,
      source: p.source,
      notes: p.notes,
      fatalities: p.fatalities,
      killed: p.killed,
      killed_max: p.killed_max,
      killed_at_least: p.killed_at_least,
      injured: p.injured,
      injured_max: p.injured_max,
      injured_at_least: p.injured_at_least,
      accuracy_m: p.accuracy_m,
      source_url: p.source_url,
      source_note: p.source_note,
      place_id: p.place_id ?? null,
      border_distance_km: range ? km(r.distanceM) : null,
      border_distance_min_km: km(range?.minM),
      border_distance_max_km: km(range?.maxM),
      border_side: r.side,
      synthetic: p.synthetic ?? null,
    };
    return CSV_COLUMNS.map((c) => cell(values[c]));
  });
  // One line end after the last row (papaparse writes one already after a header with no rows).
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: "\n" }).replace(/\n*$/, "\n");
}

/**
 * The reports as GeoJSON (RFC 7946: WGS84 longitude, latitude; no `crs`),
 * each with its own properties and the distance and side the map measured:
 * `border_distance_m` (the best estimate) and, in the same unit beside it,
 * `border_distance_min_m` and `border_distance_max_m` (the range its
 * accuracy allows). The project reads it back as it reads any report file.
 */
export function reportsToGeoJson(rows: readonly ExportRow[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = rows.map((r) => {
    const range = rangeOf(r);
    return {
      type: "Feature",
      geometry: { type: "Point", coordinates: [r.lon, r.lat] },
      properties: {
        ...r.properties,
        ...(range ? { border_distance_m: r.distanceM, border_distance_min_m: range.minM, border_distance_max_m: range.maxM } : {}),
        ...(r.side !== undefined ? { border_side: r.side } : {}),
      },
    };
  });
  return { type: "FeatureCollection", features };
}
