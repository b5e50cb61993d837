import type { Feature, FeatureCollection, Point } from "geojson";

/**
 * A report is one source's account of one incident. Property names follow
 * ACLED where ACLED has one; the rest is what a border map needs.
 */

/** ACLED `time_precision`: 1 = the day is known, 2 = the week, 3 = the month. */
export type TimePrecision = 1 | 2 | 3;

/** ACLED `geo_precision`: 1 = the named town, 2 = near a town or a small area placed at a town, 3 = only a larger region. */
export type GeoPrecision = 1 | 2 | 3;

export type CountryCode = "AF" | "PK";

/**
 * Who was killed or injured, as the source says: civilians, security forces
 * (the state forces of either side, the Afghan Taliban's included: ACLED
 * codes them "Military Forces of Afghanistan (2021-)"), militants and other
 * combatants of non-state armed groups, and people of a group the source
 * does not state.
 */
export const VICTIM_GROUPS = ["civilians", "security_forces", "militants", "unstated"] as const;
export type VictimGroup = (typeof VICTIM_GROUPS)[number];
/** The groups a source names, each of which may have a side (whose civilians, whose forces). */
export const NAMED_GROUPS = ["civilians", "security_forces", "militants"] as const;
export type NamedGroup = (typeof NAMED_GROUPS)[number];
export type Measure = "killed" | "injured";

/**
 * A source's figures for each victim group, flat as a table writes them:
 * `civilians_killed` (the lower figure of a range; absent or null: the source
 * gives none, never 0), `civilians_killed_max`, `civilians_killed_at_least`,
 * the same for `_injured`, and `civilians_side`: the country (ISO 3166
 * alpha-2, `AF`, `PK`, `IN`, ...) whose civilians or forces they are, where
 * the source says.
 */
export type VictimGroupFields = { [K in `${VictimGroup}_${Measure}` | `${VictimGroup}_${Measure}_max`]?: number | null } & {
  [K in `${VictimGroup}_${Measure}_at_least`]?: boolean;
} & { [K in `${NamedGroup}_side`]?: string | null };

/** ACLED event types and the sub-event types each allows (ACLED codebook, 2023). */
export const EVENT_TYPES = {
  Battles: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": [
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
  ],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  Protests: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  Riots: ["Violent demonstration", "Mob violence"],
  "Strategic developments": [
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
  ],
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export type SubEventType = (typeof EVENT_TYPES)[EventType][number];

export interface ReportProperties extends VictimGroupFields {
  /** Stable identifier, unique within a dataset. */
  id: string;
  /** ISO date `YYYY-MM-DD`: the day; with `time_precision` 2 or 3, the best-estimate day within that week or month. */
  event_date: string;
  time_precision: TimePrecision;
  event_type: EventType;
  sub_event_type: SubEventType;
  actor1: string | null;
  /** First-level administrative unit (province). */
  admin1: string | null;
  /** Second-level administrative unit (district). */
  admin2: string | null;
  /** The place as the source names it. */
  location: string;
  geo_precision: GeoPrecision;
  /** Who gives this account (and through which outlet). */
  source: string;
  /** Where the account can be read; null only when the source has none, which `source_note` must explain. */
  source_url: string | null;
  source_note?: string | null;
  notes: string | null;
  /** The side the source speaks for (`AF`, `PK`: a government, its army or spokesman), null for the press and others: its figures for the other side's forces are claims. */
  source_side?: string | null;
  /** ACLED's conservative fatality count: the lowest figure this source gives, 0 when it gives none. */
  fatalities: number;
  /** Killed, all groups, as this source reports it (the lower figure of a range); null when not reported. Where the source gives only groups, their sum. */
  killed: number | null;
  /** Upper figure where the source gives a range (15–20); null or absent otherwise. */
  killed_max?: number | null;
  /** True where the source says "at least" or "N+". */
  killed_at_least?: boolean;
  injured: number | null;
  injured_max?: number | null;
  injured_at_least?: boolean;
  /** Radius in metres within which the true location lies, as far as anyone knows. */
  accuracy_m: number;
  country: CountryCode | null;
  /** Id of the place in `geodata/places.geojson` the report is placed at, if any. */
  place_id?: string | null;
  /** True for generated reports (benchmarks, scale tests): no real incident. Absent in real data. */
  synthetic?: boolean;
}

export type ReportFeature = Feature<Point, ReportProperties>;
export type ReportCollection = FeatureCollection<Point, ReportProperties>;

/**
 * Default location accuracy for an ACLED geo-precision code, in metres:
 * a town's extent, a small area around a town, a district.
 */
export const DEFAULT_ACCURACY_M: Record<GeoPrecision, number> = {
  1: 2_000, // a named town: its built-up extent
  2: 10_000, // near a town: the area around it
  3: 30_000, // a larger region such as a district
};
