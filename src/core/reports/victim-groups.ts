import { NAMED_GROUPS, VICTIM_GROUPS, type Measure, type NamedGroup, type ReportProperties, type VictimGroup } from "./report";

/**
 * A source's figures by victim group: what each account says of who was
 * killed and injured, read from its flat properties (`report.ts`).
 */

/** A figure as a source gives it: 12, 15–20 (`high`), "more than 100" (`atLeast`). */
export interface Figure {
  low: number;
  /** The upper figure of a range; null for one figure. */
  high: number | null;
  atLeast: boolean;
}

export const GROUP_NAMES: Record<VictimGroup, string> = {
  civilians: "civilians",
  security_forces: "security forces",
  militants: "militants and other combatants",
  unstated: "group not stated",
};

const COUNTRY_ADJECTIVES: Record<string, string> = { AF: "Afghan", PK: "Pakistani", IN: "Indian", IR: "Iranian", US: "US", CN: "Chinese" };

/** "Afghan civilians", "Pakistani security forces", "security forces" (side not stated), "group not stated". */
export function groupLabel(group: VictimGroup, side: string | null): string {
  const name = GROUP_NAMES[group];
  if (side === null || group === "unstated") return name;
  return `${COUNTRY_ADJECTIVES[side] ?? side} ${name}`;
}

/** The property that holds a group's figure: `civilians_killed`. */
export const groupField = (group: VictimGroup, measure: Measure) => `${group}_${measure}` as const;

type FigureSource = Record<string, unknown>;

function figureAt(p: FigureSource, field: string): Figure | null {
  const low = p[field];
  if (typeof low !== "number") return null;
  const high = p[`${field}_max`];
  return { low, high: typeof high === "number" && high !== low ? high : null, atLeast: p[`${field}_at_least`] === true };
}

/** A group's figure in a report; null where the source gives none. */
export function groupFigure(p: ReportProperties, group: VictimGroup, measure: Measure): Figure | null {
  return figureAt(p as unknown as FigureSource, groupField(group, measure));
}

/** The report's figure for all groups together (`killed`, `injured`). */
export function totalFigure(p: ReportProperties, measure: Measure): Figure | null {
  return figureAt(p as unknown as FigureSource, measure);
}

/** Whose civilians or forces a group's figures are (`AF`, `PK`, ...), where the source says. */
export function groupSide(p: ReportProperties, group: VictimGroup): string | null {
  return group === "unstated" ? null : (p[`${group as NamedGroup}_side`] ?? null);
}

/**
 * A claim: a figure a side gives for the losses of the other side (the
 * Pakistan Army's count of Afghan fighters killed). Shown as a claim, beside
 * the other figures, never compared with them as if it were a toll.
 */
export function isClaim(p: ReportProperties, group: VictimGroup): boolean {
  const side = groupSide(p, group);
  const speaks = p.source_side ?? null;
  return side !== null && speaks !== null && side !== speaks;
}

/** The highest figure a source allows: its upper figure, or its one figure. */
export const highOf = (f: Figure): number => f.high ?? f.low;

/** The groups a report gives any figure for, in the order of `VICTIM_GROUPS`. */
export function groupsGiven(p: ReportProperties): VictimGroup[] {
  return VICTIM_GROUPS.filter((g) => groupFigure(p, g, "killed") !== null || groupFigure(p, g, "injured") !== null);
}

/**
 * Figures of several groups added (the total of an account that gives only
 * groups): lows added, highs added where any is a range, "at least" where any is.
 *
 * @example
 * addFigures([{ low: 12, high: null, atLeast: false }, { low: 4, high: 5, atLeast: false }]); // { low: 16, high: 17, atLeast: false }
 */
export function addFigures(figures: readonly Figure[]): Figure | null {
  if (figures.length === 0) return null;
  const ranged = figures.some((f) => f.high !== null);
  return {
    low: figures.reduce((s, f) => s + f.low, 0),
    high: ranged ? figures.reduce((s, f) => s + highOf(f), 0) : null,
    atLeast: figures.some((f) => f.atLeast),
  };
}

export { NAMED_GROUPS, VICTIM_GROUPS };
