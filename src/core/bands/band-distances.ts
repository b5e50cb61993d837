/** Distances the map draws bands at until the user picks others, km. */
export const DEFAULT_BANDS_KM: readonly number[] = [5, 10, 25, 50];

export const MAX_DISTANCE_KM = 500; // farther than any report the map is for; keeps a band's outline a few hundred vertices
export const MAX_BANDS = 8; // each band costs up to a second or so in the worker

export type ParsedDistances = { ok: true; km: number[] } | { ok: false; message: string };
export type ParsedDistance = { ok: true; km: number | null } | { ok: false; message: string };

const NUMBER = /^(\d+(\.\d*)?|\.\d+)$/;

/** One distance in km, 0 < km ≤ 500, written as a plain decimal number (an optional "km" after it). */
function parseOne(token: string): { ok: true; km: number } | { ok: false; message: string } {
  const text = token.replace(/\s*km$/i, "");
  if (!NUMBER.test(text)) return { ok: false, message: `"${token}" is not a distance in km: write a number such as 5 or 12.5` };
  const km = Number(text);
  if (!(km > 0)) return { ok: false, message: `${text} km: a distance must be more than 0 km` };
  if (km > MAX_DISTANCE_KM) return { ok: false, message: `${text} km is over the ${MAX_DISTANCE_KM} km limit` };
  return { ok: true, km };
}

/**
 * Reads a list of band distances such as "5, 10, 25, 50": numbers separated by
 * commas, semicolons or spaces, each above 0 and at most 500 km. Returns them
 * sorted without repeats, or the first problem as a sentence for the user.
 */
export function parseBandDistances(text: string): ParsedDistances {
  const tokens = text
    .split(/[,;]|\s+(?!km\b)/i)
    .map((t) => t.trim())
    .filter((t) => t !== "");
  if (tokens.length === 0) return { ok: false, message: `Enter at least one distance in km, for example ${DEFAULT_BANDS_KM.join(", ")}` };
  const km = new Set<number>();
  for (const token of tokens) {
    const one = parseOne(token);
    if (!one.ok) return one;
    km.add(one.km);
  }
  if (km.size > MAX_BANDS) return { ok: false, message: `At most ${MAX_BANDS} bands at once (got ${km.size})` };
  return { ok: true, km: [...km].sort((a, b) => a - b) };
}

/** Reads the "within N km" filter: empty means no filter. */
export function parseWithinKm(text: string): ParsedDistance {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, km: null };
  return parseOne(trimmed);
}
