import { useMemo } from "react";
import type { ReportFeature } from "../core/reports/report";
import type { FilterCounts, ReportFilter } from "../core/view/report-filter";
import type { Timeline } from "../core/view/timeline";
import { useAppState, useStore } from "../state/use-app-state";

const NO_REPORTS: readonly ReportFeature[] = [];

export interface TimelineProps {
  /** The reports every filter but the dates keeps, per day or week. */
  timeline: Timeline | null;
  filter: ReportFilter;
  /** Reports every filter keeps (the dates too), and all reports loaded. */
  shown: number;
  total: number;
  playing: boolean;
  onFilter: (change: Partial<ReportFilter>) => void;
  onPlaying: (playing: boolean) => void;
}

export interface FilterPanelProps {
  filter: ReportFilter;
  counts: FilterCounts;
  reports: readonly ReportFeature[];
  /** Reports on each side (`AF`, `PK`, `none`); null until the reports' distances are measured. */
  sideCounts: Record<string, number> | null;
  onFilter: (change: Partial<ReportFilter>) => void;
  onClear: () => void;
}

/** The filter panel's view of the store: the filters, the one shown result's counts, and the actions that change them. */
export function useFilterPanel(): FilterPanelProps {
  const store = useStore();
  const filter = useAppState((s) => s.view.filter);
  const counts = useAppState((s) => s.shown);
  const reports = useAppState((s) => s.dataset?.reports ?? NO_REPORTS);
  const sideCounts = useAppState((s) => s.sides);
  return useMemo(
    () => ({ filter, counts, reports, sideCounts, onFilter: (change: Partial<ReportFilter>) => store.setFilter(change), onClear: () => store.clearFilters() }),
    [store, filter, counts, reports, sideCounts],
  );
}

/** The timeline's view of the store. */
export function useTimeline(): TimelineProps {
  const store = useStore();
  const timeline = useAppState((s) => s.timeline);
  const filter = useAppState((s) => s.view.filter);
  const shown = useAppState((s) => s.shown.kept);
  const total = useAppState((s) => s.shown.total);
  const playing = useAppState((s) => s.playing);
  return useMemo(
    () => ({
      timeline,
      filter,
      shown,
      total,
      playing,
      onFilter: (change: Partial<ReportFilter>) => store.setFilter(change),
      onPlaying: (on: boolean) => store.setPlaying(on),
    }),
    [store, timeline, filter, shown, total, playing],
  );
}
