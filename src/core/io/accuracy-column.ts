import type { PointTable } from "./point-table";

/** What a table says of its points' accuracy (`accuracy_m`, as the project's reports carry it). */
export type Accuracies =
  /** No row carries `accuracy_m`: no range of distances is known for any. */
  | { known: false }
  /** Per row, in order: the radius in metres, or why that row's is unusable. */
  | { known: true; accuraciesM: (number | null)[]; problems: (string | null)[] };

function read(value: unknown): { m: number | null; problem: string | null } {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return { m: null, problem: "accuracy_m is empty" };
  const m = typeof value === "number" ? value : Number(String(value).trim());
  if (!Number.isFinite(m) || m < 0) return { m: null, problem: `accuracy_m ${JSON.stringify(value)} is not a radius in metres` };
  return { m, problem: null };
}

/**
 * Each row's `accuracy_m` (the radius in metres within which the true place
 * lies): a CSV column of that name, or a GeoJSON feature property. A table
 * with no such column, or no feature with it, knows no accuracy at all.
 *
 * @example
 * accuraciesOf(readCsv("latitude,longitude,accuracy_m\n31,66,30000\n31,66,\n"));
 * // { known: true, accuraciesM: [30000, null], problems: [null, "accuracy_m is empty"] }
 */
export function accuraciesOf(table: PointTable): Accuracies {
  let values: unknown[];
  if (table.format === "csv") {
    const at = table.fields.findIndex((f) => f.trim().toLowerCase() === "accuracy_m");
    if (at < 0) return { known: false };
    const key = table.keys[at]!;
    values = table.records.map((r) => r[key]);
  } else {
    const props = table.collection.features.map((f) => (f && typeof f === "object" && f.properties && typeof f.properties === "object" ? (f.properties as Record<string, unknown>) : {}));
    if (!props.some((p) => "accuracy_m" in p)) return { known: false };
    values = props.map((p) => p.accuracy_m);
  }
  const read_ = values.map(read);
  return { known: true, accuraciesM: read_.map((r) => r.m), problems: read_.map((r) => r.problem) };
}
