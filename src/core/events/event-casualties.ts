import { NAMED_GROUPS, VICTIM_GROUPS, type Measure, type VictimGroup, type VictimGroupFields } from "../reports/report";

/**
 * An event's casualties by victim group, compared like with like: each
 * source's figure for a group (and side) is set against the other sources'
 * figures for the same group and side, never against another group's; a
 * side's figure for the other side's forces is a claim, kept apart from
 * the figures of the side itself and of the press.
 */

/** What grouping reads of a report's casualties: its groups' figures and sides, and the side its source speaks for. */
export type CasualtyFields = VictimGroupFields & { source_side?: string | null };

/** A range of figures across sources: the lowest any source gives, the highest any gives (its upper figure where it gives a range). */
export interface FigureRange {
  min: number;
  max: number;
  /** Some source gives the highest figure as "at least". */
  atLeast: boolean;
  /** Sources that give a figure. */
  sources: number;
  /** Sources give different figures. */
  disagree: boolean;
}

/** The figures an event's sources give for one group of one side. */
export interface GroupRange {
  group: VictimGroup;
  /** Whose civilians or forces (`AF`, `PK`, ...); null where the sources do not say. */
  side: string | null;
  /** Figures a side gives for the other side's losses. */
  claim: boolean;
  killed: FigureRange | null;
  injured: FigureRange | null;
}

/** The casualties of an event: by group, and all groups together. */
export interface EventCasualties {
  groups: GroupRange[];
  /**
   * All groups together, claims left out: each group's lowest (highest)
   * figures added; figures of no stated group (they may be the same people)
   * count where they are larger than that sum.
   */
  killed: FigureRange | null;
  injured: FigureRange | null;
  /** Two sources give different figures for the same group of the same side (figures of no stated group are not compared). */
  disagree: boolean;
}

const MEASURES: readonly Measure[] = ["killed", "injured"];
/** Figures per report: each group's killed and injured, each as low, high, at-least. */
export const FIGURE_STRIDE = VICTIM_GROUPS.length * MEASURES.length * 3;
const SIDE_STRIDE = NAMED_GROUPS.length;

/** Reports' casualties as typed arrays (NaN: no figure), with sides numbered (0: none). */
export interface CasualtyColumns {
  figures: Float32Array;
  /** Per report, each named group's side (an index into `sideNames`). */
  groupSide: Uint8Array;
  sourceSide: Uint8Array;
  /** Side codes by number; `sideNames[0]` is "" (none). */
  sideNames: string[];
}

export function emptyCasualtyColumns(n: number, sideNames: string[] = [""]): CasualtyColumns {
  return { figures: new Float32Array(n * FIGURE_STRIDE).fill(Number.NaN), groupSide: new Uint8Array(n * SIDE_STRIDE), sourceSide: new Uint8Array(n), sideNames };
}

function sideNumber(c: CasualtyColumns, side: string | null | undefined): number {
  if (side === null || side === undefined || side === "") return 0;
  let k = c.sideNames.indexOf(side);
  if (k < 0) {
    k = c.sideNames.length;
    if (k > 255) return 0;
    c.sideNames.push(side);
  }
  return k;
}

/** Writes report `i`'s casualties into the columns. */
export function writeCasualties(c: CasualtyColumns, i: number, p: CasualtyFields): void {
  const fields = p as Record<string, unknown>;
  let at = i * FIGURE_STRIDE;
  for (const group of VICTIM_GROUPS) {
    for (const measure of MEASURES) {
      const name = `${group}_${measure}`;
      const low = fields[name];
      if (typeof low === "number") {
        const high = fields[`${name}_max`];
        c.figures[at] = low;
        c.figures[at + 1] = typeof high === "number" ? high : low;
        c.figures[at + 2] = fields[`${name}_at_least`] === true ? 1 : 0;
      }
      at += 3;
    }
  }
  NAMED_GROUPS.forEach((group, g) => (c.groupSide[i * SIDE_STRIDE + g] = sideNumber(c, p[`${group}_side`])));
  c.sourceSide[i] = sideNumber(c, p.source_side);
}

/** Copies report `from` of `src` to report `to` of `dst` (which shares `src`'s side names). */
export function copyCasualties(dst: CasualtyColumns, to: number, src: CasualtyColumns, from: number): void {
  dst.figures.set(src.figures.subarray(from * FIGURE_STRIDE, (from + 1) * FIGURE_STRIDE), to * FIGURE_STRIDE);
  dst.groupSide.set(src.groupSide.subarray(from * SIDE_STRIDE, (from + 1) * SIDE_STRIDE), to * SIDE_STRIDE);
  dst.sourceSide[to] = src.sourceSide[from]!;
}

interface Tally {
  min: number;
  max: number;
  atLeast: boolean;
  sources: number;
  distinct: Set<string>;
}

function addTo(tally: Tally | null, low: number, high: number, more: boolean): Tally {
  const t = tally ?? { min: Infinity, max: -Infinity, atLeast: false, sources: 0, distinct: new Set<string>() };
  t.sources++;
  t.min = Math.min(t.min, low);
  if (high > t.max || (high === t.max && more)) t.atLeast = more;
  t.max = Math.max(t.max, high);
  t.distinct.add(`${low}-${high}${more ? "+" : ""}`);
  return t;
}

const rangeOf = (t: Tally | null): FigureRange | null =>
  t === null ? null : { min: t.min, max: t.max, atLeast: t.atLeast, sources: t.sources, disagree: t.distinct.size > 1 };

/** The casualties of the reports at `rows` (indices into the columns). */
export function eventCasualties(rows: readonly number[], c: CasualtyColumns): EventCasualties {
  const byKey = new Map<string, { group: VictimGroup; side: number; claim: boolean; tallies: (Tally | null)[] }>();
  for (const i of rows) {
    const speaks = c.sourceSide[i]!;
    VICTIM_GROUPS.forEach((group, g) => {
      const side = g < SIDE_STRIDE ? c.groupSide[i * SIDE_STRIDE + g]! : 0;
      const claim = side !== 0 && speaks !== 0 && side !== speaks;
      MEASURES.forEach((_, m) => {
        const at = i * FIGURE_STRIDE + (g * MEASURES.length + m) * 3;
        const low = c.figures[at]!;
        if (Number.isNaN(low)) return;
        const key = `${g}:${side}:${claim ? 1 : 0}`;
        let entry = byKey.get(key);
        if (!entry) byKey.set(key, (entry = { group, side, claim, tallies: [null, null] }));
        entry.tallies[m] = addTo(entry.tallies[m]!, low, c.figures[at + 1]!, c.figures[at + 2] === 1);
      });
    });
  }
  const groups: GroupRange[] = [...byKey.values()]
    .sort((a, b) => Number(a.claim) - Number(b.claim) || VICTIM_GROUPS.indexOf(a.group) - VICTIM_GROUPS.indexOf(b.group) || a.side - b.side)
    .map((e) => ({ group: e.group, side: e.side === 0 ? null : c.sideNames[e.side]!, claim: e.claim, killed: rangeOf(e.tallies[0]!), injured: rangeOf(e.tallies[1]!) }));
  return {
    groups,
    killed: combined(groups, "killed", rows, c, 0),
    injured: combined(groups, "injured", rows, c, 1),
    disagree: groups.some((g) => g.group !== "unstated" && (g.killed?.disagree || g.injured?.disagree)),
  };
}

/** All groups of one measure together (see `EventCasualties.killed`); sources: the reports that give any figure of it. */
function combined(groups: readonly GroupRange[], measure: Measure, rows: readonly number[], c: CasualtyColumns, m: number): FigureRange | null {
  let [min, max, atLeast, any] = [0, 0, false, false];
  let [unstatedMin, unstatedMax, unstatedAtLeast] = [0, 0, false];
  for (const g of groups) {
    const r = g[measure];
    if (g.claim || r === null) continue;
    if (g.group === "unstated") {
      [unstatedMin, unstatedMax, unstatedAtLeast] = [r.min, r.max, r.atLeast];
    } else {
      [min, max, atLeast, any] = [min + r.min, max + r.max, atLeast || r.atLeast, true];
    }
  }
  const unstated = groups.some((g) => g.group === "unstated" && g[measure] !== null);
  if (!any && !unstated) return null;
  if (unstatedMax > max || (unstatedMax === max && unstatedAtLeast)) atLeast = unstatedAtLeast;
  let sources = 0;
  for (const i of rows) {
    for (let g = 0; g < VICTIM_GROUPS.length; g++) {
      if (!Number.isNaN(c.figures[i * FIGURE_STRIDE + (g * MEASURES.length + m) * 3]!)) {
        sources++;
        break;
      }
    }
  }
  return { min: Math.max(min, unstatedMin), max: Math.max(max, unstatedMax), atLeast, sources, disagree: false };
}

/** One group's figures over its sides (claims left out): the lowest added, the highest added; null where no source gives one. */
export function groupTotal(groups: readonly GroupRange[], group: VictimGroup, measure: Measure): { min: number; max: number } | null {
  let [min, max, any] = [0, 0, false];
  for (const g of groups) {
    const r = g[measure];
    if (g.group !== group || g.claim || r === null) continue;
    [min, max, any] = [min + r.min, max + r.max, true];
  }
  return any ? { min, max } : null;
}
