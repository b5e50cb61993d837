/**
 * Finding a place by any of its spellings, offline: the project's own places
 * (with their other names, in Latin and Arabic script) first, then the
 * basemap's GeoNames towns. Matching ignores case, Latin diacritics
 * (Spīn Bōldak = Spin Boldak), spaces and dashes, and the usual variants of
 * Arabic-script letters (ی/ي, ک/ك, ه/ة) and their vowel marks.
 */
export interface Place {
  id: string;
  name: string;
  names: string[];
  lon: number;
  lat: number;
  /** Where the place comes from, to show beside it. */
  from: string;
}

export interface PlaceMatch {
  place: Place;
  /** The spelling that matched. */
  matched: string;
}

export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "") // Latin diacritics and Arabic vowel marks
    .replace(/[يى]/g, "ی")
    .replace(/ك/g, "ک")
    .replace(/ة/g, "ه")
    .replace(/ـ/g, "") // tatweel
    .toLowerCase()
    .replace(/[\s\-‐–—'’.]/g, "");
}

/**
 * Places one of whose names is the query, then those whose names start with
 * it, then those containing it; in each group the project's places before the
 * basemap's, in the order given. At most `limit` places, each once.
 */
export function searchPlaces(query: string, places: readonly Place[], limit = 8): PlaceMatch[] {
  const q = foldName(query);
  if (q.length === 0) return [];
  const tiers: PlaceMatch[][] = [[], [], []];
  for (const place of places) {
    let best: { tier: number; matched: string } | null = null;
    for (const name of [place.name, ...place.names]) {
      const folded = foldName(name);
      const tier = folded === q ? 0 : folded.startsWith(q) ? 1 : folded.includes(q) ? 2 : 3;
      if (tier < 3 && (!best || tier < best.tier)) best = { tier, matched: name };
    }
    if (best) tiers[best.tier]!.push({ place, matched: best.matched });
  }
  return tiers.flat().slice(0, limit);
}
