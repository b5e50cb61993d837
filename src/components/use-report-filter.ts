import { useEffect, useMemo, useState } from "react";
import type { ReportFeature } from "../core/report";
import { filterCounts, NO_FILTER, reportDaySpan, reportMatches, type FilterCounts, type FilterFacts, type ReportFilter } from "../core/report-filter";
import { buildTimeline, type Timeline } from "../core/timeline";

export interface MapFilterProps {
  filter: ReportFilter;
  onBorderSides: (sides: ReadonlyMap<string, string>) => void;
  onBorderDistances: (distancesM: ReadonlyMap<string, number>) => void;
}

export interface TimelineProps {
  /** The reports every filter but the dates keeps, per day or week. */
  timeline: Timeline | null;
  filter: ReportFilter;
  onFilter: (filter: ReportFilter) => void;
}

export interface FilterPanelProps {
  filter: ReportFilter;
  counts: FilterCounts;
  reports: readonly ReportFeature[];
  /** Reports on each side (`AF`, `PK`, `none`); null until the reports' distances are measured. */
  sideCounts: Record<string, number> | null;
  onFilter: (filter: ReportFilter) => void;
}

/** The explore filters' state, shared by the panel and the map, with how many reports each keeps. */
export function useReportFilter(reports: readonly ReportFeature[], initialFilter: ReportFilter = NO_FILTER): { panel: FilterPanelProps; timeline: TimelineProps; map: MapFilterProps } {
  const [filter, setFilter] = useState<ReportFilter>(initialFilter);
  const [sides, setSides] = useState<ReadonlyMap<string, string> | null>(null);
  const [distances, setDistances] = useState<ReadonlyMap<string, number> | null>(null);
  // New reports: the old sides no longer count them.
  useEffect(() => {
    setSides(null);
    setDistances(null);
  }, [reports]);
  const props = useMemo(() => reports.map((r) => r.properties), [reports]);
  // Once per dataset (and once the sides are measured), not at every filter change or playback step.
  const facts = useMemo<FilterFacts[]>(
    () => props.map((p) => ({ side: sides?.get(p.id), distanceM: distances?.get(p.id), days: reportDaySpan(p) })),
    [props, sides, distances],
  );
  const counts = useMemo(() => filterCounts(filter, props, (_, i) => facts[i]!), [filter, props, facts]);
  // The timeline shows what the other filters keep, so that its bars say what a period would add;
  // moving the period (playback) changes nothing it draws, so the key leaves the dates out.
  const undatedKey = JSON.stringify({ ...filter, dateFrom: null, dateTo: null });
  const timeline = useMemo(() => {
    const undated = JSON.parse(undatedKey) as ReportFilter;
    return buildTimeline(props.filter((p, i) => reportMatches(undated, p, facts[i])));
  }, [props, undatedKey, facts]);
  const sideCounts = useMemo(() => {
    if (!sides) return null;
    const n: Record<string, number> = { AF: 0, PK: 0, none: 0 };
    for (const side of sides.values()) n[side] = (n[side] ?? 0) + 1;
    return n;
  }, [sides]);
  return useMemo(
    () => ({
      panel: { filter, counts, reports, sideCounts, onFilter: setFilter },
      timeline: { timeline, filter, onFilter: setFilter },
      map: { filter, onBorderSides: setSides, onBorderDistances: setDistances },
    }),
    [filter, counts, reports, sideCounts, timeline],
  );
}
