import { useMemo, useState } from "react";
import { DEFAULT_EVENT_PARAMS } from "../core/events";
import type { DbscanParams } from "../core/space-time-dbscan";
import type { ReportView } from "../map/report-view-style";
import type { EventsStatus } from "../map/report-views";

/** An event to open on the map; `seq` makes each request new. */
export interface OpenEventRequest {
  id: string;
  seq: number;
}

export interface MapReportViewProps {
  view: ReportView;
  density: boolean;
  params: DbscanParams;
  openEvent: OpenEventRequest | null;
  onEvents: (status: EventsStatus) => void;
}

export interface ReportViewPanelProps {
  view: ReportView;
  density: boolean;
  params: DbscanParams;
  status: EventsStatus | null;
  onView: (view: ReportView) => void;
  onDensity: (on: boolean) => void;
  onParams: (params: DbscanParams) => void;
  onOpenEvent: (id: string) => void;
}

/**
 * How reports are drawn, shared by the panel and the map. Each report is the
 * first view at any size: from 5,000 reports their dots are drawn in one pass
 * by the dots canvas, where clusters would be cut again at every filter change.
 */
export function useReportView(
  initialView: ReportView = "reports",
  initial: { density?: boolean; params?: DbscanParams } = {},
): { panel: ReportViewPanelProps; map: MapReportViewProps } {
  const [view, setView] = useState<ReportView>(initialView);
  const [density, setDensity] = useState(initial.density ?? false);
  const [params, setParams] = useState<DbscanParams>(initial.params ?? DEFAULT_EVENT_PARAMS);
  const [status, setStatus] = useState<EventsStatus | null>(null);
  const [openEvent, setOpenEvent] = useState<OpenEventRequest | null>(null);

  return useMemo(
    () => ({
      panel: {
        view,
        density,
        params,
        status,
        onView: setView,
        onDensity: setDensity,
        // The same parameters again (a link's Back) keep the grouping as it is.
        onParams: (p: DbscanParams) => setParams((old) => (JSON.stringify(old) === JSON.stringify(p) ? old : p)),
        onOpenEvent: (id: string) => setOpenEvent((o) => ({ id, seq: (o?.seq ?? 0) + 1 })),
      },
      map: { view, density, params, openEvent, onEvents: setStatus },
    }),
    [view, density, params, status, openEvent],
  );
}
