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

export interface ReportProperties {
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
  /** ACLED's conservative fatality count: the lowest figure this source gives, 0 when it gives none. */
  fatalities: number;
  /** Killed as this source reports it (the lower figure of a range); null when not reported. */
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
