import { describe, expect, it } from "vitest";
import { CLUSTER_MAX_ZOOM } from "../../src/map/report-view-style";
import { CROWDED_VIEW, isCrowded, offerOverview, type ViewDensity } from "../../src/core/view/crowded-view";

const { maxInView, belowZoom } = CROWDED_VIEW;
const crowded: ViewDensity = { inView: maxInView + 1, zoom: belowZoom - 0.01, reportView: "reports", heatmap: false };

describe("a crowded view", () => {
  it("is more than the rule's reports in view, below its zoom", () => {
    expect(isCrowded(crowded)).toBe(true);
    expect(isCrowded({ ...crowded, inView: maxInView })).toBe(false);
    expect(isCrowded({ ...crowded, zoom: belowZoom })).toBe(false);
    expect(isCrowded({ inView: 0, zoom: 0 })).toBe(false);
  });

  it("ends where the clusters end: from zoom 10 each report is a dot whatever the view", () => {
    expect(belowZoom).toBe(CLUSTER_MAX_ZOOM + 1);
  });

  it("follows a rule given", () => {
    expect(isCrowded({ inView: 11, zoom: 5 }, { maxInView: 10, belowZoom: 6 })).toBe(true);
    expect(isCrowded({ inView: 11, zoom: 7 }, { maxInView: 10, belowZoom: 6 })).toBe(false);
  });

  it("offers clusters or the heatmap only while each report is a dot and the heatmap is off", () => {
    expect(offerOverview(crowded)).toBe(true);
    expect(offerOverview({ ...crowded, reportView: "clusters" })).toBe(false);
    expect(offerOverview({ ...crowded, reportView: "events" })).toBe(false);
    expect(offerOverview({ ...crowded, heatmap: true })).toBe(false);
    expect(offerOverview({ ...crowded, inView: maxInView })).toBe(false);
  });

  it("is never offered for the seed's 12 reports, at any zoom", () => {
    for (let zoom = 0; zoom <= 22; zoom += 0.5) expect(offerOverview({ ...crowded, inView: 12, zoom })).toBe(false);
  });
});
