import type { CaptionInput } from "../core/snapshot/snapshot-caption";
import { DEFAULT_BANDS_KM } from "../core/bands/band-distances";
import type { ReportProperties } from "../core/reports/report";
import type { ReportView } from "../map/report-view-style";
import type { LegendItem } from "../snapshot/draw-snapshot";
import { snapshotLegend } from "../snapshot/snapshot-legend";
import type { AppState } from "./app-store";
import { visibilityOf } from "./layer-visibility";

/** The properties of the reports every filter keeps, in the dataset's order. */
function shownProperties(s: AppState): ReportProperties[] {
  return s.properties.filter((_, i) => s.shown.mask[i] === 1);
}

/** What a picture's words say, from the store's state: the reports shown, how many are in the picture, the filters, the data and the link. */
export function snapshotCaptionOf(s: AppState, link: string): Omit<CaptionInput, "attribution" | "madeAt"> {
  const reportsShown = visibilityOf(s.view.hidden).reports;
  return {
    shown: shownProperties(s),
    total: s.properties.length,
    inPicture: reportsShown ? s.inView : 0,
    reportsHidden: !reportsShown,
    filter: s.view.filter,
    datasetName: s.dataset?.name ?? "none loaded",
    link,
  };
}

/** A picture's legend, from the store's state: one item for each kind of mark the map shows. */
export function snapshotLegendOf(s: AppState): LegendItem[] {
  return snapshotLegend({
    view: (s.view.view ?? "reports") as ReportView,
    density: s.view.density ?? false,
    visible: visibilityOf(s.view.hidden),
    bandsKm: s.view.bands ?? DEFAULT_BANDS_KM,
    shownSubEventTypes: shownProperties(s).map((p) => p.sub_event_type),
  });
}
