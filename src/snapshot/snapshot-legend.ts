import { OTHER_SUB_EVENT_COLOR, SUB_EVENT_COLORS } from "../map/report-colors";
import type { LayerGroup } from "../map/layer-groups";
import type { ReportView } from "../map/report-view-style";
import { SNAPSHOT_WORDS } from "../core/view/casualty-words";
import { BAND_RAMP } from "../map/band-style";
import type { LegendItem } from "./draw-snapshot";

/** What the map shows, for the legend: the report view, the heatmap, which layer groups are on, and the sub-event types of the reports shown. */
export interface LegendInput {
  view: ReportView;
  density: boolean;
  visible: Record<LayerGroup, boolean>;
  bandsKm: readonly number[];
  shownSubEventTypes: Iterable<string>;
}

/** The snapshot's legend: one item for each kind of mark the picture can hold, no more (a hidden layer has none). */
export function snapshotLegend({ view, density, visible, bandsKm, shownSubEventTypes }: LegendInput): LegendItem[] {
  const items: LegendItem[] = [];
  if (visible.durand) items.push({ kind: "dashed-line", color: "#b2182b", label: "Durand Line (de facto boundary)" });
  if (visible.kp) items.push({ kind: "area", color: "#2c7fb8", label: "Khyber Pakhtunkhwa" });
  if (visible.bands && bandsKm.length > 0) items.push({ kind: "area", color: BAND_RAMP.near, label: `Distance from the line: ${bandsKm.join(", ")} km` });
  if (visible.reports) {
    if (view === "events") {
      items.push({ kind: "ring", color: "#334155", label: SNAPSHOT_WORDS.event });
      items.push({ kind: "ring", color: "#c2410c", label: SNAPSHOT_WORDS.disagree });
    } else {
      const counts = new Map<string, number>();
      for (const t of shownSubEventTypes) counts.set(t, (counts.get(t) ?? 0) + 1);
      const types = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
      for (const t of types) items.push({ kind: "dot", color: (SUB_EVENT_COLORS as Record<string, string | undefined>)[t] ?? OTHER_SUB_EVENT_COLOR, label: t });
      if (types.length > 0) items.push({ kind: "note", color: "#555555", label: SNAPSHOT_WORDS.reportSize });
      if (view === "clusters") items.push({ kind: "dot", color: "#5b3a8c", label: SNAPSHOT_WORDS.cluster });
    }
    if (density) items.push({ kind: "area", color: "#f03b20", label: "Density of the reports shown (heatmap)" });
  }
  return items;
}
