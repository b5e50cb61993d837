import type { TextField } from "./report-from-text";

/**
 * A row of UCDP's Georeferenced Event Dataset (GED; codebook 23.1 and
 * later, also as HDX serves it, with a row of `#hxl` tags under the header)
 * read as a report, field by field, under the project's names.
 *
 * - Deaths by victim group: `deaths_civilians` are civilians;
 *   `deaths_unknown` are of a group not stated; `deaths_a` and `deaths_b` are
 *   the dead of side A and side B: security forces where the side is a
 *   government ("Government of Pakistan", its country from `gwnoa`/`gwnob`),
 *   militants and other combatants otherwise (a non-state group), civilians
 *   where the side is "Civilians". Two governments' dead (India and Pakistan)
 *   are security forces of no one side, and the notes give the split.
 * - The total: `low` to `high`, and the groups add up to `best`, which lies
 *   between them by UCDP's definition (where a row has them out of order,
 *   the range spans all three). ACLED's `fatalities` is its lower end.
 * - `where_prec` 1 (the place) to 7 (international waters) as ACLED's
 *   geo_precision, with the radius UCDP's codebook gives where it gives one
 *   (25 km for 2) and a district's, province's or country's extent after.
 * - `date_prec` 1 (the day) to 5 (the year) as ACLED's time_precision.
 * - UCDP gives no address for its sources: the note says so and names the
 *   article it cites and the GED event id.
 */

/** Whether a CSV's columns (lower-cased) are UCDP GED's. */
export function isUcdpGed(columns: { has(name: string): boolean }): boolean {
  return ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "date_start", "where_prec"].every((c) => columns.has(c));
}

/** HDX's row of HXL hashtags under the header (`#date+year`, `#geo+lat`): not a row of data. */
export function isHxlTagRow(cell: (name: string) => string | undefined): boolean {
  return /^\s*#/.test(cell("latitude") ?? "") || /^\s*#/.test(cell("year") ?? "");
}

/** Gleditsch–Ward country numbers of the governments in the region's conflicts, as ISO codes. */
const GW_COUNTRIES: Record<string, string> = { "700": "AF", "770": "PK", "750": "IN", "630": "IR", "710": "CN", "2": "US", "365": "RU", "200": "GB" };

const ACCURACY_M: Record<string, number> = { "1": 2_000, "2": 25_000, "3": 30_000, "4": 150_000, "5": 150_000, "6": 500_000, "7": 500_000 };
const GEO_PRECISION: Record<string, string> = { "1": "1", "2": "2" };
const TIME_PRECISION: Record<string, string> = { "1": "1", "2": "2", "3": "2", "4": "3", "5": "3" };

interface Side {
  group: "civilians" | "security_forces" | "militants";
  country: string | null;
}

function sideOf(name: string | undefined, gwno: string | undefined): Side {
  const text = (name ?? "").trim();
  if (/^civilians$/i.test(text)) return { group: "civilians", country: null };
  if (/^government of /i.test(text)) return { group: "security_forces", country: GW_COUNTRIES[(gwno ?? "").trim()] ?? null };
  return { group: "militants", country: null };
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

const count = (text: string | undefined): number | null => {
  const t = (text ?? "").trim();
  return /^\d+$/.test(t) ? Number(t) : null;
};

/** The deaths of each victim group a UCDP row gives, with sides, and a note on what was merged. */
function groupDeaths(cell: (name: string) => string | undefined): { fields: Record<string, string>; note: string | null } {
  const fields: Record<string, string> = {};
  const add = (group: string, deaths: number | null, country: string | null) => {
    if (deaths === null) return;
    const key = `${group}_killed`;
    const before = fields[key];
    fields[key] = String((before === undefined ? 0 : Number(before)) + deaths);
    const sideKey = `${group}_side`;
    if (group === "unstated") return;
    if (before === undefined) {
      if (country !== null) fields[sideKey] = country;
    } else if (fields[sideKey] !== country) delete fields[sideKey];
  };
  const a = sideOf(cell("side_a"), cell("gwnoa"));
  const b = sideOf(cell("side_b"), cell("gwnob"));
  const deathsA = count(cell("deaths_a"));
  const deathsB = count(cell("deaths_b"));
  add(a.group, deathsA, a.country);
  add(b.group, deathsB, b.country);
  add("civilians", count(cell("deaths_civilians")), null);
  add("unstated", count(cell("deaths_unknown")), null);
  const merged = a.group === b.group && a.country !== b.country;
  const note = merged ? `UCDP: ${deathsA ?? "?"} dead of ${cell("side_a")?.trim()}, ${deathsB ?? "?"} of ${cell("side_b")?.trim()}.` : null;
  return { fields, note };
}

/**
 * The project's fields of a UCDP GED row; `cell` reads the row by UCDP's
 * column names (lower-cased).
 */
export function ucdpGedField(cell: (name: string) => string | undefined): TextField {
  const { fields, note } = groupDeaths(cell);
  // About 3% of GED rows have high < low or best outside low–high: the range is the span of the three.
  const estimates = [count(cell("low")), count(cell("best")), count(cell("high"))].filter((n): n is number => n !== null);
  const low = estimates.length > 0 ? Math.min(...estimates) : null;
  const high = estimates.length > 0 ? Math.max(...estimates) : null;
  const violence = (cell("type_of_violence") ?? "").trim();
  const whereCode = (cell("where_prec") ?? "").trim();
  const id = cell("id")?.trim();
  const article = cell("source_article")?.trim();
  const original = cell("source_original")?.trim();
  const office = cell("source_office")?.trim();
  const description = cell("where_description")?.trim();
  const mapped: Record<string, string | undefined> = {
    ...fields,
    id: id ? `UCDP-GED-${id}` : undefined,
    event_date: cell("date_start")?.trim().slice(0, 10),
    time_precision: TIME_PRECISION[(cell("date_prec") ?? "").trim()] ?? cell("date_prec"),
    event_type: violence === "3" ? "Violence against civilians" : "Battles",
    sub_event_type: violence === "3" ? "Attack" : "Armed clash",
    actor1: cell("side_a"),
    admin1: cell("adm_1"),
    admin2: cell("adm_2"),
    country: cell("country"),
    location: cell("where_coordinates")?.trim() || description || cell("adm_2") || cell("adm_1") || cell("country"),
    geo_precision: GEO_PRECISION[whereCode] ?? (whereCode === "" ? undefined : "3"),
    accuracy_m: ACCURACY_M[whereCode] === undefined ? undefined : String(ACCURACY_M[whereCode]),
    source: [original || office, "UCDP GED"].filter(Boolean).join(", via "),
    source_note: `UCDP GED gives no address for its sources; it cites: ${article || "no article"}. Look the event up in the GED by its id${id ? ` (${id})` : ""}.`,
    notes: [
      description && description !== cell("where_coordinates")?.trim() ? sentence(description) : null,
      note,
      `UCDP: low ${cell("low")?.trim() || "none"}, best ${cell("best")?.trim() || "none"}, high ${cell("high")?.trim() || "none"} killed.`,
    ]
      .filter(Boolean)
      .join(" "),
    killed: low === null ? undefined : String(low),
    killed_max: high !== null && low !== null && high > low ? String(high) : undefined,
    fatalities: low === null ? undefined : String(low),
  };
  return (name) => mapped[name] ?? cell(name);
}
