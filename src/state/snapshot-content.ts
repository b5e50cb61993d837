import type { CaptionInput } from "../core/snapshot/snapshot-caption";
import { defaultHeadings } from "../core/snapshot/snapshot-headings";
import { DEFAULT_BANDS_KM } from "../core/bands/band-distances";
import type { ReportProperties } from "../core/reports/report";
import { countInView, type Bounds } from "../core/view/report-list";
import type { ReportView } from "../map/report-view-style";
import type { LegendItem } from "../snapshot/draw-snapshot";
import { snapshotLegend } from "../snapshot/snapshot-legend";
import type { AppState } from "./app-store";
import { visibilityOf } from "./layer-visibility";

/** The properties of the reports every filter keeps, in the dataset's order. */
function shownProperties(s: AppState): ReportProperties[] {
  return s.properties.filter((_, i) => s.shown.mask[i] === 1);
}

const datasetNameOf = (s: AppState) => s.dataset?.name ?? "no dataset";

/**
 * What a picture's words say, from the store's state: the reports shown, how
 * many are in the picture (within `pictureBounds`, the area drawn, which on
 * paper may be larger than the screen's; without it the screen's view), the
 * filters, the bands drawn, the data and the link.
 */
export function snapshotCaptionOf(s: AppState, link: string, pictureBounds?: Bounds): Omit<CaptionInput, "attribution" | "madeAt"> {
  const visible = visibilityOf(s.view.hidden);
  const inPicture = pictureBounds ? countInView(s.dataset?.reports ?? [], s.shown.mask, pictureBounds) : s.inView;
  return {
    shown: shownProperties(s),
    total: s.properties.length,
    inPicture: visible.reports ? inPicture : 0,
    reportsHidden: !visible.reports,
    filter: s.view.filter,
    bandsKm: visible.bands ? (s.view.bands ?? DEFAULT_BANDS_KM) : null,
    datasetName: datasetNameOf(s),
    link,
  };
}

/** The picture's default title and subtitle for the store's state (the panel's fields start with them). */
export function snapshotHeadingsOf(s: AppState): { title: string; subtitle: string } {
  return defaultHeadings({ shown: shownProperties(s), filter: s.view.filter, datasetName: datasetNameOf(s) });
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
