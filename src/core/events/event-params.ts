import { DEFAULT_EVENT_PARAMS } from "./events";
import type { DbscanParams } from "./space-time-dbscan";

/** The grouping parameters as typed on the command line; absent ones take `DEFAULT_EVENT_PARAMS`. */
export interface EventParamsText {
  epsKm?: string | undefined;
  epsHours?: string | undefined;
  minPoints?: string | undefined;
}

export type EventParamsResult = { ok: true; params: Required<DbscanParams> } | { ok: false; problem: string };

/** A plain decimal number (`15`, `2.5`, `.5`, `1e3`): no hex, no blanks, no sign but the one it may start with. */
// One way to read each digit (no "\\d+\\.?\\d*", which backtracks quadratically on a long run of digits).
const DECIMAL = /^[+-]?(\d+(?:\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const INFINITE = /^\+?(inf|infinity)$/i;

function number(text: string): number | null {
  return DECIMAL.test(text.trim()) ? Number(text.trim()) : null;
}

/** Reads and checks `--eps-km`, `--eps-hours` (`inf` or `Infinity`: space only) and `--min-points`; the first bad one is named. */
export function readEventParams(text: EventParamsText): EventParamsResult {
  const params = { ...DEFAULT_EVENT_PARAMS };
  if (text.epsKm !== undefined) {
    const km = number(text.epsKm);
    if (km === null || !Number.isFinite(km)) return { ok: false, problem: `--eps-km must be a distance in km, got "${text.epsKm}"` };
    if (km < 0) return { ok: false, problem: `--eps-km must be 0 or more, got ${text.epsKm}` };
    params.epsKm = km;
  }
  if (text.epsHours !== undefined) {
    const hours = INFINITE.test(text.epsHours.trim()) ? Number.POSITIVE_INFINITY : number(text.epsHours);
    if (hours === null) return { ok: false, problem: `--eps-hours must be a number of hours, or inf for space only, got "${text.epsHours}"` };
    if (hours < 0) return { ok: false, problem: `--eps-hours must be 0 or more, got ${text.epsHours}` };
    params.epsHours = hours;
  }
  if (text.minPoints !== undefined) {
    const n = number(text.minPoints);
    if (n === null || !Number.isInteger(n) || n < 1) {
      return { ok: false, problem: `--min-points must be a whole number of 1 or more, got "${text.minPoints}"` };
    }
    params.minPoints = n;
  }
  return { ok: true, params };
}
