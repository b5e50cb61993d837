import type { EventReport } from "../events/events";
import type { PointRow, PointTable } from "./point-table";
import { NAMED_GROUPS, VICTIM_GROUPS, type TimePrecision } from "../reports/report";
import type { CasualtyFields } from "../events/event-casualties";
import { isUcdpGed, ucdpGedField } from "./ucdp-ged-row";
import { describeValue, isCalendarDate } from "./validate-report-properties";

/**
 * What grouping needs of each row of an imported table (a CSV in ACLED's
 * columns, or GeoJSON with the project's report properties): its position,
 * date, time precision, source and casualty figures, or every reason the row
 * cannot be grouped, each naming its field.
 */

/** One row's value of a field; undefined where the table has no such column (CSV) or the feature no such property (GeoJSON). */
export type FieldGetter = (field: string) => unknown;

export interface EventRow {
  /** null when the row cannot be grouped; `problems` says why. */
  report: EventReport | null;
  problems: string[];
}

export interface EventRowOptions {
  /** Grouping in time (a finite eps in hours): the row needs a date and a time precision. */
  timed: boolean;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** ACLED's export: `15 October 2025`; its older exports: `01-January-2015`. */
const DAY_MONTH_YEAR = /^(\d{1,2})(?: +|-)([A-Za-z]+)(?: +|-)(\d{4})$/;
const WHOLE_NUMBER = /^\d+$/;

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** `YYYY-MM-DD`, or ACLED's `15 October 2025`, as `YYYY-MM-DD`; null when it is neither or no day of the calendar. */
export function readEventDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  const m = DAY_MONTH_YEAR.exec(text);
  if (!m) return isCalendarDate(text) ? text : null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return null;
  const iso = `${m[3]}-${String(month + 1).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return isCalendarDate(iso) ? iso : null;
}

/** Reads fields, collecting one problem per bad field. */
class RowReader {
  readonly problems: string[] = [];
  constructor(private readonly get: FieldGetter) {}

  text(field: string): string | null {
    const value = this.get(field);
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
  }

  /** A whole number of 0 or more; null when blank (not reported). */
  count(field: string): number | null {
    const value = this.get(field);
    if (isBlank(value)) return null;
    const n = typeof value === "number" ? value : typeof value === "string" && WHOLE_NUMBER.test(value.trim()) ? Number(value) : Number.NaN;
    if (Number.isInteger(n) && n >= 0) return n;
    this.problems.push(`${field} ${describeValue(value)} is not a whole number of 0 or more`);
    return null;
  }

  flag(field: string): boolean {
    const value = this.get(field);
    if (isBlank(value)) return false;
    if (typeof value === "boolean") return value;
    const text = String(value).trim().toLowerCase();
    if (text === "true" || text === "1") return true;
    if (text === "false" || text === "0") return false;
    this.problems.push(`${field} ${describeValue(value)} is not true or false`);
    return false;
  }

  /** killed or injured: the figure, the upper figure of a range, "at least". */
  figures(name: string): { low: number | null; high: number | null; atLeast: boolean } {
    const low = this.count(name);
    const high = this.count(`${name}_max`);
    if (high !== null && low !== null && high < low) this.problems.push(`${name}_max ${high} is below ${name} ${low}`);
    if (high !== null && low === null) this.problems.push(`${name}_max ${high} is given without ${name}`);
    return { low, high, atLeast: this.flag(`${name}_at_least`) };
  }

  date(timed: boolean): string | null {
    const value = this.get("event_date");
    if (isBlank(value)) {
      if (timed) this.problems.push("event_date is missing, so the row cannot be placed in time");
      return null;
    }
    const date = readEventDate(value);
    if (date === null && timed) {
      this.problems.push(`event_date ${describeValue(value)} is not a calendar date written YYYY-MM-DD or DD Month YYYY`);
    }
    return date;
  }

  /** ACLED `time_precision`: 1 where the field is absent; a problem where it is there but not 1, 2 or 3. */
  timePrecision(timed: boolean): TimePrecision {
    const value = this.get("time_precision");
    if (value === undefined) return 1;
    const n = typeof value === "number" ? value : typeof value === "string" && WHOLE_NUMBER.test(value.trim()) ? Number(value) : Number.NaN;
    if (n === 1 || n === 2 || n === 3) return n;
    if (timed) this.problems.push(`time_precision ${describeValue(value)} is not 1 (day), 2 (week) or 3 (month)`);
    return 1;
  }
}

/**
 * A row's figures by victim group (`civilians_killed`, `..._max`,
 * `..._at_least`, `civilians_side`, ..., `source_side`); where it gives no
 * group's figure for a measure, its total (`killed`, else ACLED's
 * `fatalities`; `injured`) is of a group not stated.
 */
function readCasualties(r: RowReader, get: FieldGetter): CasualtyFields {
  const out: Record<string, unknown> = {};
  const put = (name: string, f: { low: number | null; high: number | null; atLeast: boolean }) => {
    if (f.low === null) return false;
    out[name] = f.low;
    if (f.high !== null) out[`${name}_max`] = f.high;
    if (f.atLeast) out[`${name}_at_least`] = true;
    return true;
  };
  for (const measure of ["killed", "injured"] as const) {
    let given = false;
    for (const group of VICTIM_GROUPS) given = put(`${group}_${measure}`, r.figures(`${group}_${measure}`)) || given;
    if (given) continue;
    const total = measure === "injured" || get("killed") !== undefined ? r.figures(measure) : { low: r.count("fatalities"), high: null, atLeast: false };
    put(`unstated_${measure}`, total);
  }
  for (const name of [...NAMED_GROUPS.map((g) => `${g}_side`), "source_side"]) {
    const side = r.text(name);
    if (side !== null) out[name] = side;
  }
  return out as CasualtyFields;
}

/**
 * One row as a report to group. Casualties: `readCasualties`. Without grouping in time, a row needs no date: its `date` is then
 * null where it has none.
 */
export function eventReportFromFields(get: FieldGetter, row: PointRow, fallbackId: string, { timed }: EventRowOptions): EventRow {
  const r = new RowReader(get);
  const id = r.text("id") ?? r.text("event_id_cnty") ?? fallbackId;
  const date = r.date(timed);
  const precision = r.timePrecision(timed);
  const timePrecision = date === null ? 1 : precision;
  const casualties = readCasualties(r, get);
  const problems = row.problem ? [row.problem, ...r.problems] : r.problems;
  if (problems.length > 0 || row.lon === null || row.lat === null) return { report: null, problems };
  return {
    report: {
      id,
      lon: row.lon,
      lat: row.lat,
      date,
      timePrecision,
      source: r.text("source"),
      casualties,
    },
    problems,
  };
}

/** Every row of a table as a report to group, in input order. CSV column names match whatever their case. */
export function eventRowsFromTable(table: PointTable, options: EventRowOptions): EventRow[] {
  if (table.format === "csv") {
    const columns = new Map<string, string>();
    table.fields.forEach((f, k) => {
      if (!columns.has(f.trim().toLowerCase())) columns.set(f.trim().toLowerCase(), table.keys[k]!);
    });
    const ucdp = isUcdpGed(columns);
    return table.rows.map((row, i) => {
      const record = table.records[i]!;
      const cell = (field: string) => {
        const column = columns.get(field);
        return column === undefined ? undefined : (record[column] ?? "");
      };
      // HDX's row of HXL tags under a UCDP header is no row of data; a UCDP row is read under the project's names.
      if (row.hxl) return { report: null, problems: [] };
      const get = ucdp ? ucdpGedField(cell) : cell;
      return eventReportFromFields(get, row, `row ${row.number}`, options);
    });
  }
  return table.rows.map((row, i) => {
    const feature = table.collection.features[i];
    const properties = (feature && typeof feature.properties === "object" && feature.properties) || {};
    const get = (field: string) => (properties as Record<string, unknown>)[field];
    const featureId = feature && (typeof feature.id === "string" || typeof feature.id === "number") ? String(feature.id) : null;
    return eventReportFromFields(get, row, featureId ?? `feature ${row.number}`, options);
  });
}
