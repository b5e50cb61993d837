import type { Feature, FeatureCollection, Point } from "geojson";
import { casualtiesHigh } from "./format-report";
import type { ReportFeature, ReportProperties } from "./report";
import { reportDaySpan } from "./report-filter";

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
 * would otherwise look like one dot.
 */
export function toDisplayCollection(
  reports: readonly ReportFeature[],
  /** Distance to the border per report id, metres, where known. */
  distancesM?: ReadonlyMap<string, number>,
  /** Side of the border per report id (`AF`, `PK`, `none`), where known. */
  sides?: ReadonlyMap<string, string>,
): FeatureCollection<Point, DisplayProperties> {
  const stacks = new Map<string, number>();
  for (const r of reports) {
    const key = positionKey(r.geometry.coordinates);
    stacks.set(key, (stacks.get(key) ?? 0) + 1);
  }
  const features: Feature<Point, DisplayProperties>[] = reports.map((r) => {
    const key = positionKey(r.geometry.coordinates);
    const distanceM = distancesM?.get(r.properties.id);
    const side = sides?.get(r.properties.id);
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
        ...(distanceM !== undefined && Number.isFinite(distanceM) ? { border_distance_m: distanceM } : {}),
        ...(side !== undefined ? { border_side: side } : {}),
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
 * The reports as drawn, with each one's distance to the border and side
 * added once measured (`distancesM[i]` and `sides[i]` are for the i-th
 * feature). The same as making the collection again with them, but the
 * properties are updated in place rather than copied 100,000 times; the
 * collection and its array are new, so that what holds the old one sees a change.
 */
export function withBorderFacts(
  display: FeatureCollection<Point, DisplayProperties>,
  distancesM: ArrayLike<number>,
  sides: readonly (string | null | undefined)[],
): FeatureCollection<Point, DisplayProperties> {
  const features = display.features;
  for (let i = 0; i < features.length; i++) {
    const p = features[i]!.properties;
    const d = distancesM[i];
    if (d !== undefined && Number.isFinite(d)) p.border_distance_m = d;
    else delete p.border_distance_m;
    p.border_side = sides[i] ?? "none";
  }
  return { type: "FeatureCollection", features: [...features] };
}
