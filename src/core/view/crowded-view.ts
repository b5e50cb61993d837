/**
 * When the map's view holds too many reports to draw each as a dot: they
 * cover one another and the Durand Line, and clusters or the heatmap say more.
 *
 * The numbers come from 100,000 synthetic reports (seed 1) on a 960 × 650 px
 * map: at zoom 10, 3,056 reports in view already hide the line under their
 * dots (5–18 px each), at zoom 9 9,466 do, and the whole line at zoom 5.2
 * holds all 100,000. Clusters exist only below zoom 10 (CLUSTER_MAX_ZOOM 9),
 * so that is where they can be offered. The seed's 12 reports never come near.
 */
export interface CrowdedViewRule {
  maxInView: number; // more shown reports than this in the map's view is crowded
  belowZoom: number; // only below this zoom (where clusters are drawn)
}

export const CROWDED_VIEW: CrowdedViewRule = { maxInView: 2_000, belowZoom: 10 };

/** What the rule reads: the shown reports in view, the camera's zoom, how reports are drawn. */
export interface ViewDensity {
  inView: number;
  zoom: number;
  reportView: "reports" | "clusters" | "events";
  heatmap: boolean;
}

/** Too many reports in view for a dot each, at a zoom where clusters are drawn. */
export function isCrowded(view: Pick<ViewDensity, "inView" | "zoom">, rule: CrowdedViewRule = CROWDED_VIEW): boolean {
  return view.inView > rule.maxInView && view.zoom < rule.belowZoom;
}

/**
 * Whether to offer clusters or the heatmap: the view is crowded and each
 * report is drawn as a dot, with the heatmap off (either already shows the
 * reports' density instead).
 *
 * @example
 * offerOverview({ inView: 100_000, zoom: 5.2, reportView: "reports", heatmap: false }); // true
 */
export function offerOverview(view: ViewDensity, rule: CrowdedViewRule = CROWDED_VIEW): boolean {
  return view.reportView === "reports" && !view.heatmap && isCrowded(view, rule);
}
