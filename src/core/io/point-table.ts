import Papa from "papaparse";
import { columnKey } from "./csv-report-reader";
import { kmlFeatures } from "./import-kml";

/**
 * Points read from a GeoJSON FeatureCollection or a CSV with `latitude` and
 * `longitude` columns (as ACLED exports it), kept whole so that they can be
 * written back in the same format with columns added. Rows that have no
 * usable position are kept too, with the reason.
 */
export interface PointRow {
  /** 1-based row (CSV, after the header) or feature number. */
  number: number;
  lon: number | null;
  lat: number | null;
  /** Why the row has no position; null when it has one. */
  problem: string | null;
  /** A row of HXL hashtags under the header (`#geo+lat`, as HDX serves its tables): kept as it is, no row of data. */
  hxl?: true;
}

type GeoJsonCollection = { type: "FeatureCollection"; features: Record<string, unknown>[] } & Record<string, unknown>;

export type PointTable =
  /**
   * `fields`: the column names as the file writes them; `keys`: each column's
   * key in `records` (its position before its name, `3:latitude`, so that no
   * two are alike and a column named `__proto__` is a column like any other).
   */
  | { format: "csv"; fields: string[]; keys: string[]; records: Record<string, string>[]; rows: PointRow[]; delimiter: string }
  | { format: "geojson"; collection: GeoJsonCollection; rows: PointRow[] };

/** A problem with the input as a whole: nothing can be read from it. */
export class UnreadableInput extends Error {}

function coordinate(value: unknown, name: "latitude" | "longitude"): { value: number | null; problem: string | null } {
  const limit = name === "latitude" ? 90 : 180;
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
    return { value: null, problem: `${name} is missing` };
  }
  const n = typeof value === "number" ? value : Number(String(value).trim());
  if (!Number.isFinite(n)) return { value: null, problem: `${name} ${JSON.stringify(value)} is not a number` };
  if (Math.abs(n) > limit) return { value: null, problem: `${name} ${n} is outside -${limit}..${limit}` };
  return { value: n, problem: null };
}

function row(number: number, lon: unknown, lat: unknown): PointRow {
  const la = coordinate(lat, "latitude");
  const lo = coordinate(lon, "longitude");
  const problem = [la.problem, lo.problem].filter(Boolean).join("; ") || null;
  return { number, lon: problem ? null : lo.value, lat: problem ? null : la.value, problem };
}

export function readCsv(text: string): PointTable {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, dynamicTyping: false, transformHeader: columnKey });
  const keys = parsed.meta.fields ?? [];
  const fields = keys.map((k) => k.slice(k.indexOf(":") + 1));
  const find = (name: string) => keys[fields.findIndex((f) => f.trim().toLowerCase() === name)];
  const latKey = find("latitude");
  const lonKey = find("longitude");
  if (!latKey || !lonKey) {
    const list = fields.join(", ") || "none";
    throw new UnreadableInput(`the CSV has no ${!latKey ? "latitude" : "longitude"} column (columns: ${list.length > 300 ? `${list.slice(0, 297)}...` : list})`);
  }
  // A row papaparse could not read whole (an unclosed quote, too many or too few fields) is named, never taken as it came.
  const broken = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.row === undefined || e.code === "UndetectableDelimiter") continue;
    // One empty field too many at the end is how many spreadsheets write a row: read it.
    const extra = (parsed.data[e.row] as { __parsed_extra?: string[] } | undefined)?.__parsed_extra;
    if (e.code === "TooManyFields" && extra?.every((x) => x.trim() === "")) continue;
    broken.set(e.row, [broken.get(e.row), e.message].filter(Boolean).join("; "));
  }
  const rows = parsed.data.map((record, i): PointRow => {
    if (i === 0 && /^\s*#/.test(record[latKey] ?? "")) return { number: 1, lon: null, lat: null, problem: null, hxl: true };
    const problem = broken.get(i);
    return problem ? { number: i + 1, lon: null, lat: null, problem: `could not be read as CSV (${problem}); check its quotes and separators` } : row(i + 1, record[lonKey], record[latKey]);
  });
  return { format: "csv", fields, keys, records: parsed.data, rows, delimiter: parsed.meta.delimiter || "," };
}

export function readGeoJson(text: string): PointTable {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UnreadableInput(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  // A single Feature is a collection of one (written back as one).
  const read = json as { type?: unknown; features?: unknown } | null;
  const collection = read && read.type === "Feature" ? { type: "FeatureCollection", features: [read] } : read;
  if (!collection || collection.type !== "FeatureCollection" || !Array.isArray(collection.features)) {
    throw new UnreadableInput('not a GeoJSON FeatureCollection with a "features" array, nor a single Feature');
  }
  const features = collection.features as Record<string, unknown>[];
  const rows = features.map((feature, i) => {
    const geometry = (feature && typeof feature === "object" ? feature.geometry : undefined) as { type?: unknown; coordinates?: unknown } | undefined;
    if (!geometry || geometry.type !== "Point" || !Array.isArray(geometry.coordinates)) {
      return { number: i + 1, lon: null, lat: null, problem: `geometry is ${geometry ? `a ${String(geometry.type)}` : "missing"}, not a Point` };
    }
    const [lon, lat] = geometry.coordinates as unknown[];
    return row(i + 1, lon, lat);
  });
  return { format: "geojson", collection: collection as GeoJsonCollection, rows };
}

/**
 * Reads CSV, GeoJSON or KML, by the file name's ending or, failing that, by
 * the first character. KML's placemarks become GeoJSON features (their name,
 * description and ExtendedData as properties), and are written back as GeoJSON.
 */
export function readPointTable(text: string, fileName = ""): PointTable {
  const name = fileName.toLowerCase();
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (name.endsWith(".kml") || start.startsWith("<")) return readKmlPoints(text);
  if (name.endsWith(".csv") || name.endsWith(".tsv")) return readCsv(text);
  if (name.endsWith(".json") || name.endsWith(".geojson")) return readGeoJson(text);
  return start.startsWith("{") ? readGeoJson(text) : readCsv(text);
}

function readKmlPoints(text: string): PointTable {
  const read = kmlFeatures(text);
  if (!read.ok) throw new UnreadableInput(read.problem);
  return readGeoJson(JSON.stringify({ type: "FeatureCollection", features: read.features }));
}

/** Writes the table back in its own format with the given columns added to each row (null: left empty). */
export function writePointTable(table: PointTable, added: readonly Record<string, string | number | null>[]): string {
  if (table.format === "csv") {
    const newFields = Object.keys(added[0] ?? {}).filter((f) => !table.fields.includes(f));
    const fields = [...table.fields, ...newFields];
    const data = table.records.map((record, i) => {
      const extra = added[i] ?? {};
      return [
        ...table.fields.map((f, k) => (Object.hasOwn(extra, f) ? (extra[f] ?? "") : (record[table.keys[k]!] ?? ""))),
        ...newFields.map((f) => extra[f] ?? ""),
      ];
    });
    return Papa.unparse({ fields, data }, { newline: "\n", delimiter: table.delimiter }) + "\n";
  }
  const features = table.collection.features.map((feature, i) => {
    // What is not a feature object is written back as it came: never turned into a broken feature.
    if (!feature || typeof feature !== "object" || Array.isArray(feature)) return feature;
    const properties = (feature.properties && typeof feature.properties === "object" ? feature.properties : {}) as Record<string, unknown>;
    return { ...feature, properties: { ...properties, ...added[i] } };
  });
  return JSON.stringify({ ...table.collection, features }) + "\n";
}
