import { useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_EVENT_PARAMS } from "../core/events";
import type { DbscanParams } from "../core/space-time-dbscan";
import type { ReportView } from "../map/report-view-style";
import type { EventsStatus } from "../map/report-views";

/** Above this many reports the map starts in the clusters view (each dot would be a smear). */
const CLUSTER_FROM = 5_000;

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

/** How reports are drawn, shared by the panel and the map. */
export function useReportView(reportCount: number): { panel: ReportViewPanelProps; map: MapReportViewProps } {
  const [view, setView] = useState<ReportView>("reports");
  const [density, setDensity] = useState(false);
  const [params, setParams] = useState<DbscanParams>(DEFAULT_EVENT_PARAMS);
  const [status, setStatus] = useState<EventsStatus | null>(null);
  const [openEvent, setOpenEvent] = useState<OpenEventRequest | null>(null);
  const chosen = useRef(false);
  useEffect(() => {
    if (!chosen.current) setView(reportCount > CLUSTER_FROM ? "clusters" : "reports");
  }, [reportCount]);

  return useMemo(
    () => ({
      panel: {
        view,
        density,
        params,
        status,
        onView: (v: ReportView) => {
          chosen.current = true;
          setView(v);
        },
        onDensity: setDensity,
        onParams: setParams,
        onOpenEvent: (id: string) => setOpenEvent((o) => ({ id, seq: (o?.seq ?? 0) + 1 })),
      },
      map: { view, density, params, openEvent, onEvents: setStatus },
    }),
    [view, density, params, status, openEvent],
  );
}
