import type { Feature, FeatureCollection, Point } from "geojson";
import { casualtiesHigh } from "../reports/format-report";
import type { ReportFeature, ReportProperties } from "../reports/report";
import { reportDaySpan } from "./report-filter";
import type { BorderFacts } from "./border-facts";

/** What the map draws for a report: its properties plus values derived for styling. */
export interface DisplayProperties extends ReportProperties {
  /** Highest casualty total the source allows; sizes the symbol. */
  casualties_high: number;
  /** How many reports share this exact position (they would hide each other); the filters may show fewer (`shownStacks`). */
  stack_size: number;
  /** Exact distance to the border, metres, once measured; the "within N km" filter reads it. */
  border_distance_m?: number;
  /** `AF`, `PK` or `none`, once measured; the side filter reads it. */
  border_side?: string;
  /** Position of the nearest border point, km from the Iran tripoint, once measured; the chart selection reads it. */
  border_along_km?: number;
  /** First and last day the report may fall on (`YYYY-MM-DD`); the date filter reads them. */
  day_from: string;
  day_to: string;
}

/** Key of a position rounded to about 1 cm, so that equal gazetteer points stack. */
function positionKey([lon, lat]: number[]): string {
  return `${(lon ?? 0).toFixed(7)},${(lat ?? 0).toFixed(7)}`;
}

/**
 * Prepares reports for the map: adds the casualty figure used for size and
 * counts reports that share a position, since seven accounts of one town
 * would otherwise look like one dot. Their border facts come later (`withBorderFacts`).
 */
export function toDisplayCollection(reports: readonly ReportFeature[]): FeatureCollection<Point, DisplayProperties> {
  const stacks = new Map<string, number>();
  for (const r of reports) {
    const key = positionKey(r.geometry.coordinates);
    stacks.set(key, (stacks.get(key) ?? 0) + 1);
  }
  const features: Feature<Point, DisplayProperties>[] = reports.map((r) => {
    const key = positionKey(r.geometry.coordinates);
    const [dayFrom, dayTo] = reportDaySpan(r.properties);
    return {
      type: "Feature",
      geometry: r.geometry,
      properties: {
        ...r.properties,
        casualties_high: casualtiesHigh(r.properties),
        stack_size: stacks.get(key) ?? 1,
        day_from: dayFrom,
        day_to: dayTo,
      },
    };
  });
  return { type: "FeatureCollection", features };
}

/**
 * The "×N" labels of the reports shown: for each position where two or more
 * of them stack, the id of the first there (in `shown` order) and how many
 * there are; positions with one report shown get none. `shown` is what the
 * filters let through, in the collection's order. A report alone at its
 * position in the whole collection (`stack_size` 1) is passed over without
 * working out its position's key, so that a filter change costs little.
 *
 * @example
 * // The seed reports with at least 10 killed: 3 of Spin Boldak's 8, labelled on the first of them.
 * shownStacks(display.features.filter((f) => (f.properties.killed ?? 0) >= 10));
 * // Map { "2025-10-15-spin-boldak-mujahid" => 3 }
 */
export function shownStacks(shown: readonly Feature<Point, DisplayProperties>[]): Map<string, number> {
  const firstAt = new Map<string, string>();
  const labels = new Map<string, number>();
  for (const f of shown) {
    if (f.properties.stack_size < 2) continue;
    const key = positionKey(f.geometry.coordinates);
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, f.properties.id);
    else labels.set(first, (labels.get(first) ?? 1) + 1);
  }
  return labels;
}

/**
 * The reports as drawn, with each one's distance to the border, side and
 * position along it added once measured (`facts` holds them for the i-th
 * feature at i). The same as making the collection again with them, but the
 * properties are updated in place rather than copied 100,000 times; the
 * collection and its array are new, so that what holds the old one sees a change.
 */
export function withBorderFacts(display: FeatureCollection<Point, DisplayProperties>, facts: BorderFacts): FeatureCollection<Point, DisplayProperties> {
  const features = display.features;
  const { distancesM, sides, alongKm } = facts;
  for (let i = 0; i < features.length; i++) {
    const p = features[i]!.properties;
    const d = distancesM[i];
    if (d !== undefined && Number.isFinite(d)) p.border_distance_m = d;
    else delete p.border_distance_m;
    const a = alongKm[i];
    if (a !== undefined && Number.isFinite(a)) p.border_along_km = a;
    else delete p.border_along_km;
    p.border_side = sides[i] ?? "none";
  }
  return { type: "FeatureCollection", features: [...features] };
}
