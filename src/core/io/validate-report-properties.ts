import {
  DEFAULT_ACCURACY_M,
  EVENT_TYPES,
  NAMED_GROUPS,
  VICTIM_GROUPS,
  type CountryCode,
  type EventType,
  type Measure,
  type VictimGroupFields,
  type GeoPrecision,
  type ReportProperties,
  type SubEventType,
  type TimePrecision,
} from "../reports/report";
import { impossibleDay } from "../reports/calendar-day";
import { addFigures, type Figure } from "../reports/victim-groups";

/** One problem with one field; the caller adds which feature it belongs to. */
export interface FieldProblem {
  field: string;
  message: string;
}

type Props = Record<string, unknown>;

const NON_FINITE = "\u2063non-finite:";

/** Shows a value from the data in a message, quoted and cut short. It is text, never markup. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  let text: string;
  try {
    // NaN and Infinity as themselves (JSON would write null, hiding what was wrong).
    const marked = JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? `${NON_FINITE}${v}` : v));
    text = marked === undefined ? String(value) : marked.replace(new RegExp(`"${NON_FINITE}(-?Infinity|NaN)"`, "g"), "$1");
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day of the calendar, written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0–99 as written
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * What the rules need to know of the world outside the data. The core reads
 * no clock: the caller (the page's worker, the command line, a test) says
 * what day it is.
 */
export interface ValidationOptions {
  /** Today's date, UTC, as `YYYY-MM-DD`: a report dated later is refused. */
  today: string;
}

/**
 * An absolute http(s) address: optional user info, a host of dot-separated
 * labels (any script), "localhost" or a bracketed IPv6 address, an optional
 * port, and no spaces. (Core has no URL class: it runs anywhere.)
 */
const HTTP_URL =
  /^https?:\/\/(?:[^\s/?#@]+@)?(?:\[[0-9a-f:.]+\]|localhost|[^\s/?#:@.]+(?:\.[^\s/?#:@.]+)+)(?::\d{1,5})?(?:[/?#]\S*)?$/iu;

function isHttpUrl(text: string): boolean {
  return HTTP_URL.test(text);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** Collects problems while reading fields, so that one pass reports every bad field of a feature. */
class FieldReader {
  readonly problems: FieldProblem[] = [];
  constructor(readonly props: Props) {}

  fail(field: string, expected: string): void {
    this.problems.push({ field, message: `${expected}, got ${describeValue(this.props[field])}` });
  }

  requiredText(field: string): string {
    const value = this.props[field];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    this.fail(field, "must be a non-empty text");
    return "";
  }

  optionalText(field: string): string | null {
    const value = this.props[field];
    if (value === undefined || value === null) return null;
    if (typeof value === "string") return value.trim() === "" ? null : value.trim();
    this.fail(field, "must be text or null");
    return null;
  }

  oneOf<T extends string | number>(field: string, allowed: readonly T[], fallback: T): T {
    const value = this.props[field];
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    this.fail(field, `must be one of ${allowed.map((a) => describeValue(a)).join(", ")}`);
    return fallback;
  }

  count(field: string, required: boolean): number | null {
    const value = this.props[field];
    if (value === undefined || value === null) {
      if (required) this.fail(field, "must be a whole number of 0 or more");
      return null;
    }
    if (isCount(value)) return value;
    this.fail(field, required ? "must be a whole number of 0 or more" : "must be a whole number of 0 or more, or null when not reported");
    return null;
  }

  flag(field: string): boolean {
    const value = this.props[field];
    if (value === undefined || value === null) return false;
    if (typeof value === "boolean") return value;
    this.fail(field, "must be true or false");
    return false;
  }
}

function readCasualties(reader: FieldReader, props: Props, name: string) {
  const low = reader.count(name, false);
  const high = reader.count(`${name}_max`, false);
  if (high !== null && (low === null || high < low)) {
    reader.problems.push({
      field: `${name}_max`,
      message: `must be at least "${name}" (${describeValue(props[name])}), got ${describeValue(high)}`,
    });
  }
  return { low, high, atLeast: reader.flag(`${name}_at_least`) };
}

type Casualties = ReturnType<typeof readCasualties>;

/** The country codes, and the names ACLED writes, lower-cased: what the readers take for `country`. */
export const COUNTRY_NAMES: Record<string, CountryCode> = { af: "AF", pk: "PK", afghanistan: "AF", pakistan: "PK" };

/** A side as a country code: `AF`, `PK`, `IN` (ISO 3166 alpha-2); null where none is given. */
function readSide(reader: FieldReader, field: string): string | null {
  const value = reader.props[field];
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string" && /^[A-Za-z]{2}$/.test(value.trim())) return value.trim().toUpperCase();
  reader.fail(field, "must be a country code of two letters (AF, PK, ...), or empty where the source does not say");
  return null;
}

/** Each victim group's figures (absent where the source gives none) and sides, as the report keeps them. */
function readVictimGroups(reader: FieldReader, props: Props) {
  const fields: VictimGroupFields = {};
  const given: Record<Measure, Casualties[]> = { killed: [], injured: [] };
  const out = fields as Record<string, unknown>;
  for (const group of VICTIM_GROUPS) {
    for (const measure of ["killed", "injured"] as const) {
      const name = `${group}_${measure}`;
      const c = readCasualties(reader, props, name);
      if (c.low === null) continue;
      given[measure].push(c);
      out[name] = c.low;
      if (c.high !== null) out[`${name}_max`] = c.high;
      if (c.atLeast) out[`${name}_at_least`] = true;
    }
  }
  for (const group of NAMED_GROUPS) {
    const side = readSide(reader, `${group}_side`);
    if (side !== null) out[`${group}_side`] = side;
  }
  return { fields, given };
}

/**
 * The account's total for a measure, one with its groups: where the source
 * gives only groups, their sum; where it gives only a total, that total is
 * the figure of "group not stated"; where it gives both, the groups must fit
 * in the total.
 */
function totalOfGroups(reader: FieldReader, total: Casualties, groups: ReturnType<typeof readVictimGroups>, measure: Measure): Casualties {
  const given = groups.given[measure];
  if (total.low === null) {
    const sum = addFigures(given as Figure[]);
    return sum === null ? total : sum;
  }
  if (given.length === 0) {
    const out = groups.fields as Record<string, unknown>;
    out[`unstated_${measure}`] = total.low;
    if (total.high !== null) out[`unstated_${measure}_max`] = total.high;
    if (total.atLeast) out[`unstated_${measure}_at_least`] = true;
    return total;
  }
  const lows = given.reduce((s, c) => s + (c.low ?? 0), 0);
  const upper = total.atLeast ? Number.POSITIVE_INFINITY : (total.high ?? total.low);
  if (lows > upper) {
    reader.fail(measure, `must be at least the victim groups' ${measure} figures added (${lows})`);
  }
  return total;
}

/**
 * Checks a report's properties and returns them normalised (defaults filled in),
 * or every problem found, each naming its field.
 */
export function validateReportProperties(
  props: Props,
  { today }: ValidationOptions,
): { ok: true; value: ReportProperties } | { ok: false; problems: FieldProblem[] } {
  const r = new FieldReader(props);

  const rawId = props.id;
  const id = typeof rawId === "number" && Number.isFinite(rawId) ? String(rawId) : r.requiredText("id");

  const eventDate = r.requiredText("event_date");
  if (eventDate !== "" && !isCalendarDate(eventDate)) {
    const impossible = impossibleDay(eventDate);
    r.fail("event_date", impossible ? `is not a day of the calendar (${impossible})` : "must be a calendar date written YYYY-MM-DD");
  } else if (eventDate > today) {
    r.fail("event_date", `must not be after today (${today}, UTC): a report tells of something that has happened`);
  }
  const timePrecision = r.oneOf<TimePrecision>("time_precision", [1, 2, 3], 1);
  const eventTypes = Object.keys(EVENT_TYPES) as EventType[];
  const eventTypeKnown = (eventTypes as unknown[]).includes(props.event_type);
  const eventType = r.oneOf<EventType>("event_type", eventTypes, "Battles");
  // With a bad event_type, still say whether sub_event_type is any ACLED sub-event type.
  const subTypes: readonly SubEventType[] = eventTypeKnown ? EVENT_TYPES[eventType] : eventTypes.flatMap((t) => EVENT_TYPES[t]);
  const subEventType = r.oneOf<SubEventType>("sub_event_type", subTypes, subTypes[0] as SubEventType);
  const location = r.requiredText("location");
  const geoPrecision = r.oneOf<GeoPrecision>("geo_precision", [1, 2, 3], 1);
  const source = r.requiredText("source");

  const sourceUrl = r.optionalText("source_url");
  const sourceNote = r.optionalText("source_note");
  if (sourceUrl !== null && !isHttpUrl(sourceUrl)) r.fail("source_url", "must be an http(s) address");
  if (sourceUrl === null && sourceNote === null) {
    r.fail("source_url", 'must be an http(s) address (or null with a "source_note" saying why there is none)');
  }

  const groups = readVictimGroups(r, props);
  const killed = totalOfGroups(r, readCasualties(r, props, "killed"), groups, "killed");
  const injured = totalOfGroups(r, readCasualties(r, props, "injured"), groups, "injured");
  const fatalities = props.fatalities === undefined ? (killed.low ?? 0) : (r.count("fatalities", true) ?? 0);
  const killedRangeOk = killed.low !== null && (killed.high === null || killed.high >= killed.low);
  if (props.fatalities !== undefined && killed.low !== null && killedRangeOk && isCount(props.fatalities)) {
    // ACLED's fatalities is this source's lowest killed figure; it cannot fall outside what the source says.
    const highest = killed.high ?? (killed.atLeast ? Number.POSITIVE_INFINITY : killed.low);
    if (fatalities < killed.low || fatalities > highest) {
      r.fail("fatalities", `must lie within the killed figures the source gives (${killed.low}${killed.high !== null ? `–${killed.high}` : killed.atLeast ? "+" : ""})`);
    }
  }

  let accuracyM = DEFAULT_ACCURACY_M[geoPrecision];
  if (props.accuracy_m !== undefined && props.accuracy_m !== null) {
    const a = props.accuracy_m;
    if (typeof a === "number" && Number.isFinite(a) && a > 0) accuracyM = a;
    else r.fail("accuracy_m", "must be a number of metres greater than 0");
  }

  // The codes, or the names ACLED writes ("Afghanistan", "Pakistan"), in any case.
  const countryName = typeof props.country === "string" ? COUNTRY_NAMES[props.country.trim().toLowerCase()] : undefined;
  const country =
    props.country === undefined || props.country === null
      ? null
      : (countryName ?? r.oneOf<CountryCode>("country", ["AF", "PK"], "AF"));

  const value: ReportProperties = {
    id,
    event_date: eventDate,
    time_precision: timePrecision,
    event_type: eventType,
    sub_event_type: subEventType,
    actor1: r.optionalText("actor1"),
    admin1: r.optionalText("admin1"),
    admin2: r.optionalText("admin2"),
    location,
    geo_precision: geoPrecision,
    source,
    source_url: sourceUrl,
    source_note: sourceNote,
    notes: r.optionalText("notes"),
    fatalities,
    killed: killed.low,
    killed_max: killed.high,
    killed_at_least: killed.atLeast,
    injured: injured.low,
    injured_max: injured.high,
    injured_at_least: injured.atLeast,
    accuracy_m: accuracyM,
    country,
    place_id: r.optionalText("place_id"),
    ...groups.fields,
  };
  const sourceSide = readSide(r, "source_side");
  if (sourceSide !== null) value.source_side = sourceSide;
  if (props.synthetic === true) value.synthetic = true;
  else if (props.synthetic !== undefined && props.synthetic !== false) r.fail("synthetic", "must be true or false");
  return r.problems.length > 0 ? { ok: false, problems: r.problems } : { ok: true, value };
}
