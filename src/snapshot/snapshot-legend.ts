import { OTHER_SUB_EVENT_COLOR, SUB_EVENT_COLORS } from "../map/report-colors";
import type { LegendItem } from "./draw-snapshot";

/** The snapshot's legend: the Durand Line, Khyber Pakhtunkhwa, and each sub-event type among the reports shown, most first. */
export function snapshotLegend(shownSubEventTypes: Iterable<string>): LegendItem[] {
  const counts = new Map<string, number>();
  for (const t of shownSubEventTypes) counts.set(t, (counts.get(t) ?? 0) + 1);
  const types = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  return [
    { kind: "dashed-line", color: "#b2182b", label: "Durand Line (de facto boundary)" },
    { kind: "area", color: "#2c7fb8", label: "Khyber Pakhtunkhwa" },
    ...types.map((t): LegendItem => ({ kind: "dot", color: (SUB_EVENT_COLORS as Record<string, string | undefined>)[t] ?? OTHER_SUB_EVENT_COLOR, label: t })),
  ];
}
