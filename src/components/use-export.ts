import type { ReportFeature } from "../core/reports/report";
import { useAppState } from "../state/use-app-state";
import type { ExportPanelProps } from "./ExportPanel";

const NO_REPORTS: readonly ReportFeature[] = [];

/** The download panel's data from the store: the reports, their facts, the shown result, the events of the events view; `view` is the link's fragment. */
export function useExport(view: string): ExportPanelProps {
  const dataset = useAppState((s) => s.dataset);
  const shown = useAppState((s) => s.shown);
  const facts = useAppState((s) => s.facts);
  const factsStatus = useAppState((s) => s.factsStatus);
  const events = useAppState((s) => s.events);
  const eventsView = useAppState((s) => s.view.view === "events");
  return {
    reports: dataset?.reports ?? NO_REPORTS,
    facts,
    factsStatus,
    mask: shown.mask,
    kept: shown.kept,
    events: eventsView ? events : null,
    view,
    datasetName: dataset?.name ?? "",
  };
}
