import { readEventDate } from "./event-rows";
import { ambiguousDay, impossibleDay } from "../reports/calendar-day";
import { NAMED_GROUPS, VICTIM_GROUPS, type ReportFeature } from "../reports/report";
import { COUNTRY_NAMES, describeValue, validateReportProperties, type FieldProblem, type ValidationOptions } from "./validate-report-properties";

/**
 * A report from text: the cells of a CSV row or the values of a KML
 * placemark, named as the GeoJSON properties are, turned into the values
 * that `validateReportProperties` checks. Nothing here repeats its rules:
 * text that reads as a number becomes that number, `true`/`false` a flag,
 * and anything else is handed on as it is, so that the rule that refuses it
 * quotes it. Shared by import-acled-csv.ts and import-kml.ts.
 */

/** A field's text by its report property name; undefined where the file has no such column or value. */
export type TextField = (name: string) => string | undefined;

/** `today` (`YYYY-MM-DD`, UTC): a report dated later is refused. */
export interface TextReportOptions extends ValidationOptions {
  /** `source_note` for a report that gives neither a `source_url` nor a `source_note`; null to leave it to the rules. */
  missingUrlNote: string | null;
  /**
   * ACLED's one figure, `fatalities`, as the killed figure where the table has
   * no `killed` column at all. Not for KML, where a placemark without a
   * `killed` value is one whose killed figure is not reported.
   */
  fatalitiesAsKilled: boolean;
}

const GROUP_FIGURES = VICTIM_GROUPS.flatMap((g) => [`${g}_killed`, `${g}_injured`]);
const TEXTS = ["id", "event_type", "sub_event_type", "actor1", "admin1", "admin2", "location", "source", "source_url", "source_note", "notes", "place_id", "source_side", ...NAMED_GROUPS.map((g) => `${g}_side`)];
const NUMBERS = ["time_precision", "geo_precision", "fatalities", "killed", "killed_max", "injured", "injured_max", "accuracy_m", ...GROUP_FIGURES, ...GROUP_FIGURES.map((f) => `${f}_max`)];
const FLAGS = ["killed_at_least", "injured_at_least", "synthetic", ...GROUP_FIGURES.map((f) => `${f}_at_least`)];
/** A decimal number as people and spreadsheets write it; not `0x10`, `1_000`, `NaN` or `Infinity`. */
// One way to read each digit (no "\\d+\\.?\\d*", which backtracks quadratically on a long run of digits).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const NOT_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** The text trimmed; undefined when there is none, as for an absent column. */
function present(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text === undefined || text === "" ? undefined : text;
}

/** The number the text writes; the text itself when it writes none, or one too large to hold (`1e999`). */
function toNumberIfNumeric(text: string): number | string {
  const n = NUMBER.test(text) ? Number(text) : Number.NaN;
  return Number.isFinite(n) ? n : text;
}

function toFlag(text: string): boolean | string {
  const lower = text.toLowerCase();
  if (lower === "true" || lower === "1") return true;
  if (lower === "false" || lower === "0") return false;
  return text;
}

/**
 * Report properties from text, and the problems the property rules would
 * word less well (a date written neither way the importers read).
 */
function propertiesFromText(get: TextField, { missingUrlNote, fatalitiesAsKilled }: TextReportOptions) {
  const props: Record<string, unknown> = {};
  const own: FieldProblem[] = [];
  const text = (name: string) => present(get(name));
  const read = <T>(name: string, convert: (text: string) => T) => {
    const value = text(name);
    return value === undefined ? undefined : convert(value);
  };
  for (const name of TEXTS) props[name] = text(name);
  for (const name of NUMBERS) props[name] = read(name, toNumberIfNumeric);
  for (const name of FLAGS) props[name] = read(name, toFlag);

  const date = text("event_date");
  const iso = date === undefined ? null : readEventDate(date);
  props.event_date = iso ?? date;
  if (date !== undefined && iso === null) {
    // 03/04/2025 is 3 April in Kabul and 4 March in a US spreadsheet: say so rather than guess.
    const ambiguous = ambiguousDay(date);
    const impossible = impossibleDay(date);
    own.push({
      field: "event_date",
      message: ambiguous
        ? `is ambiguous: ${describeValue(date.trim())} can be ${ambiguous}; write it as YYYY-MM-DD or DD Month YYYY`
        : impossible
          ? `is not a day of the calendar (${impossible}), got ${describeValue(date)}`
          : `must be a calendar date written YYYY-MM-DD or DD Month YYYY, got ${describeValue(date)}`,
    });
  }
  const country = text("country");
  props.country = country === undefined ? null : (COUNTRY_NAMES[country.toLowerCase()] ?? null);
  const fatalities = props.fatalities;
  if (fatalitiesAsKilled && get("killed") === undefined && typeof fatalities === "number" && Number.isInteger(fatalities) && fatalities >= 0) {
    props.killed = fatalities;
    // ACLED marks events whose main or only target was civilians; its fatalities there are the civilians killed.
    if (text("civilian_targeting") !== undefined && fatalities > 0 && !GROUP_FIGURES.some((f) => text(f) !== undefined)) {
      props.civilians_killed = fatalities;
      // ACLED names the civilians' country in actor2: "Civilians (Afghanistan)".
      const whose = /^civilians \((.+)\)$/i.exec(text("actor2") ?? "");
      if (whose && props.civilians_side === undefined) props.civilians_side = COUNTRY_NAMES[whose[1]!.toLowerCase()] ?? undefined;
    }
  }
  if (props.source_url === undefined && props.source_note === undefined && missingUrlNote !== null) {
    props.source_note = missingUrlNote;
  }
  return { props, own };
}

function coordinate(value: string | undefined, name: "latitude" | "longitude"): { value: number | null; problem: string | null } {
  const limit = name === "latitude" ? 90 : 180;
  const range = `from -${limit} to ${limit}`;
  const text = present(value);
  if (text === undefined) return { value: null, problem: `is empty: a report needs its ${name} in decimal degrees, ${range}` };
  if (NOT_FINITE.test(text) || (NUMBER.test(text) && !Number.isFinite(Number(text)))) return { value: null, problem: `must be a finite number of decimal degrees ${range}, got ${describeValue(text)}` };
  if (DECIMAL_COMMA.test(text)) {
    return { value: null, problem: `must be a number of decimal degrees written with a point (${text.replace(",", ".")}), got ${describeValue(text)}` };
  }
  if (!NUMBER.test(text)) return { value: null, problem: `must be a number of decimal degrees ${range}, got ${describeValue(text)}` };
  const n = Number(text);
  if (Math.abs(n) > limit) return { value: n, problem: `must lie ${range} degrees, got ${n}` };
  return { value: n, problem: null };
}

/**
 * A position from its latitude and longitude as text: `[lon, lat]`, or a
 * problem for each of the two that is missing, not a finite number, or out
 * of range (fields "latitude" and "longitude").
 */
export function readPosition(latitude: string | undefined, longitude: string | undefined): { position: [number, number] | null; problems: FieldProblem[] } {
  const lat = coordinate(latitude, "latitude");
  const lon = coordinate(longitude, "longitude");
  const problems: FieldProblem[] = [];
  // (No "swapped?" hint here: a latitude past ±90 swapped is no longitude of this region. Swaps that stay in range
  // are warned of on the kept report: report-warnings.ts.)
  if (lat.problem) problems.push({ field: "latitude", message: lat.problem });
  if (lon.problem) problems.push({ field: "longitude", message: lon.problem });
  return { position: problems.length === 0 ? [lon.value!, lat.value!] : null, problems };
}

/**
 * One report from text and a position already read: the report, or every
 * problem with it, each naming its field (the position's first, as
 * `validateReports` puts a feature's geometry first).
 */
export function reportFromText(
  get: TextField,
  position: { position: [number, number] | null; problems: FieldProblem[] },
  options: TextReportOptions,
): { report: ReportFeature | null; problems: FieldProblem[] } {
  const { props, own } = propertiesFromText(get, options);
  const checked = validateReportProperties(props, options);
  const fromRules = checked.ok ? [] : checked.problems;
  // Where this module words a field's problem itself, its sentence stands in for the rules' one.
  const worded = fromRules.map((p) => own.find((o) => o.field === p.field) ?? p);
  const problems = [...position.problems, ...worded, ...own.filter((o) => !worded.includes(o))];
  if (!checked.ok || problems.length > 0 || position.position === null) return { report: null, problems };
  return { report: { type: "Feature", geometry: { type: "Point", coordinates: position.position }, properties: checked.value }, problems };
}

/** The ids of the reports kept so far, so that a repeated id is a problem naming where it was first seen. */
export class KeptIds {
  private readonly seen = new Map<string, number>();
  constructor(private readonly unit: "row" | "placemark") {}

  /** A problem on "id" when an earlier kept report has this id; otherwise notes it as kept. */
  repeat(id: string, position: number): FieldProblem | null {
    const first = this.seen.get(id);
    if (first !== undefined) return { field: "id", message: `repeats the id of ${this.unit} ${first}, ${describeValue(id)}` };
    this.seen.set(id, position);
    return null;
  }
}
