import { MONTH_NAMES } from "./month-names";

/**
 * A period in words, its shared month and year said once: "14 October 2025",
 * "14–20 October 2025", "28 October – 3 November 2025",
 * "29 December 2025 – 4 January 2026"; "from …" or "to …" with one end open.
 *
 * @example periodWords("2025-10-28", "2025-11-03") // "28 October – 3 November 2025"
 */
export function periodWords(from: string | null, to: string | null): string {
  if (!from && !to) return "all dates";
  if (!from) return `to ${dayWords(to!)}`;
  if (!to) return `from ${dayWords(from)}`;
  const [a, b] = [parts(from), parts(to)];
  if (from === to) return dayWords(from);
  if (a.year !== b.year) return `${dayWords(from)} – ${dayWords(to)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

/** "14 October 2025" from "2025-10-14". */
export function dayWords(iso: string): string {
  const { day, month, year } = parts(iso);
  return `${day} ${month} ${year}`;
}

function parts(iso: string): { day: number; month: string; year: string } {
  const [year, month, day] = iso.split("-");
  return { day: Number(day), month: MONTH_NAMES[Number(month) - 1]!, year: year! };
}
