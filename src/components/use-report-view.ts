import { useMemo } from "react";
import { DEFAULT_EVENT_PARAMS } from "../core/events/events";
import type { DbscanParams } from "../core/events/space-time-dbscan";
import type { ReportView } from "../map/report-view-style";
import type { EventsStatus } from "../state/work-status";
import { useAppState, useMapHandle, useStore } from "../state/use-app-state";

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
 * How reports are drawn, from the store. Each report is the first view at
 * any size: from 5,000 reports their dots are drawn in one pass by the dots
 * canvas, where clusters would be cut again at every filter change.
 */
export function useReportView(): ReportViewPanelProps {
  const store = useStore();
  const map = useMapHandle();
  const view = useAppState((s) => (s.view.view ?? "reports") as ReportView);
  const density = useAppState((s) => s.view.density ?? false);
  const params = useAppState((s) => s.view.eventParams ?? DEFAULT_EVENT_PARAMS);
  const status = useAppState((s) => s.events);
  return useMemo(
    () => ({
      view,
      density,
      params,
      status,
      onView: (v: ReportView) => store.setReportView(v),
      onDensity: (on: boolean) => store.setDensity(on),
      onParams: (p: DbscanParams) => store.setEventParams(p),
      onOpenEvent: (id: string) => map.run((m) => m.openEvent(id, true)),
    }),
    [store, map, view, density, params, status],
  );
}
