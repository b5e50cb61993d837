import { VICTIM_GROUPS, type ReportCollection, type ReportFeature, type SubEventType, type TimePrecision } from "./report";
import { isoDay, dayNumber } from "./report-time";
import { seededRandom } from "./seeded-random";

/**
 * Synthetic reports for benchmarks and scale tests: generated from a seed,
 * every one marked `synthetic: true` and sourced to "synthetic", never mixed
 * into the real seed data. Places are scattered around anchor points the
 * caller gives (the border's vertices, say), dates over 2024–2025, with
 * ACLED's mix of day, week and month precision. No figure in them is real.
 */
export interface SyntheticOptions {
  /** Points to scatter reports around, [lon, lat]. */
  anchors: readonly (readonly number[])[];
  /** Greatest distance of a report from its anchor, km (default 50). */
  spreadKm?: number;
  seed?: number;
}

const SUB_EVENTS: [SubEventType, "Battles" | "Explosions/Remote violence"][] = [
  ["Shelling/artillery/missile attack", "Explosions/Remote violence"],
  ["Armed clash", "Battles"],
  ["Air/drone strike", "Explosions/Remote violence"],
];
const FIRST_DAY = dayNumber("2024-01-01");
const DAYS = 731;

export function syntheticReports(count: number, { anchors, spreadKm = 50, seed = 1 }: SyntheticOptions): ReportCollection {
  if (anchors.length === 0) throw new Error("synthetic reports need at least one anchor point");
  const random = seededRandom(seed);
  // Victim groups from a generator of their own, so that every other value is what it was before groups existed.
  const groupRandom = seededRandom(seed ^ 0x5bd1e995);
  const features: ReportFeature[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const anchor = anchors[Math.floor(random() * anchors.length)]!;
    const r = (Math.sqrt(random()) * spreadKm) / 111.2;
    const a = random() * 2 * Math.PI;
    const lat = anchor[1]! + r * Math.sin(a);
    const lon = anchor[0]! + (r * Math.cos(a)) / Math.cos((lat * Math.PI) / 180);
    const roll = random();
    const timePrecision: TimePrecision = roll < 0.8 ? 1 : roll < 0.95 ? 2 : 3;
    const [subEventType, eventType] = SUB_EVENTS[Math.floor(random() * SUB_EVENTS.length)]!;
    const killed = random() < 0.7 ? Math.floor(random() * random() * 30) : null;
    const injured = random() < 0.5 ? Math.floor(random() * random() * 60) : null;
    const id = `synthetic-${seed}-${i + 1}`;
    const killedGroup = VICTIM_GROUPS[Math.floor(groupRandom() * VICTIM_GROUPS.length)]!;
    const injuredGroup = VICTIM_GROUPS[Math.floor(groupRandom() * VICTIM_GROUPS.length)]!;
    const groups: Record<string, number> = {};
    if (killed !== null) groups[`${killedGroup}_killed`] = killed;
    if (injured !== null) groups[`${injuredGroup}_injured`] = injured;
    features[i] = {
      type: "Feature",
      geometry: { type: "Point", coordinates: [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5] },
      properties: {
        id,
        event_date: isoDay(FIRST_DAY + Math.floor(random() * DAYS)),
        time_precision: timePrecision,
        event_type: eventType,
        sub_event_type: subEventType,
        actor1: null,
        admin1: null,
        admin2: null,
        location: `Synthetic place ${i + 1}`,
        geo_precision: 1,
        source: `Synthetic source ${1 + Math.floor(random() * 40)}`,
        source_url: null,
        source_note: `Synthetic: generated from seed ${seed} for scale tests; not a real report.`,
        notes: null,
        fatalities: killed ?? 0,
        killed,
        injured,
        ...groups,
        accuracy_m: 2_000,
        country: null,
        synthetic: true,
      },
    };
  }
  return { type: "FeatureCollection", features };
}
