import Papa from "papaparse";

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
}

type GeoJsonCollection = { type: "FeatureCollection"; features: Record<string, unknown>[] } & Record<string, unknown>;

export type PointTable =
  | { format: "csv"; fields: string[]; records: Record<string, string>[]; rows: PointRow[]; delimiter: string }
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
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, dynamicTyping: false });
  const fields = parsed.meta.fields ?? [];
  const find = (name: string) => fields.find((f) => f.trim().toLowerCase() === name);
  const latField = find("latitude");
  const lonField = find("longitude");
  if (!latField || !lonField) {
    throw new UnreadableInput(`the CSV has no ${!latField ? "latitude" : "longitude"} column (columns: ${fields.join(", ") || "none"})`);
  }
  const rows = parsed.data.map((record, i) => row(i + 1, record[lonField], record[latField]));
  return { format: "csv", fields, records: parsed.data, rows, delimiter: parsed.meta.delimiter || "," };
}

export function readGeoJson(text: string): PointTable {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UnreadableInput(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const collection = json as { type?: unknown; features?: unknown };
  if (!collection || collection.type !== "FeatureCollection" || !Array.isArray(collection.features)) {
    throw new UnreadableInput('not a GeoJSON FeatureCollection with a "features" array');
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

/** Reads CSV or GeoJSON, by the file name's ending or, failing that, by the first character. */
export function readPointTable(text: string, fileName = ""): PointTable {
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv") || name.endsWith(".tsv")) return readCsv(text);
  if (name.endsWith(".json") || name.endsWith(".geojson")) return readGeoJson(text);
  return text.trimStart().startsWith("{") ? readGeoJson(text) : readCsv(text);
}

/** Writes the table back in its own format with the given columns added to each row (null: left empty). */
export function writePointTable(table: PointTable, added: readonly Record<string, string | number | null>[]): string {
  if (table.format === "csv") {
    const newFields = Object.keys(added[0] ?? {}).filter((f) => !table.fields.includes(f));
    const fields = [...table.fields, ...newFields];
    const data = table.records.map((record, i) => {
      const extra = added[i] ?? {};
      return fields.map((f) => (f in extra ? (extra[f] ?? "") : (record[f] ?? "")));
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
