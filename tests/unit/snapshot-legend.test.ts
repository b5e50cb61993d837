import { describe, expect, it } from "vitest";
import { SNAPSHOT_WORDS } from "../../src/core/view/casualty-words";
import { snapshotLegend } from "../../src/snapshot/snapshot-legend";

const allOn = { basemap: true, bands: true, durand: true, kp: true, places: true, reports: true };
const input = { view: "reports" as const, density: false, visible: allOn, bandsKm: [5, 10], shownSubEventTypes: ["Armed clash", "Shelling/artillery/missile attack", "Shelling/artillery/missile attack"] };

describe("snapshotLegend", () => {
  it("lists the sub-event types of the reports shown, most first, with the border layers and the bands", () => {
    expect(snapshotLegend(input).map((i) => i.label)).toEqual([
      "Durand Line (de facto boundary)",
      "Khyber Pakhtunkhwa",
      "Distance from the line: 5, 10 km",
      "Shelling/artillery/missile attack",
      "Armed clash",
      SNAPSHOT_WORDS.reportSize,
    ]);
  });

  it("explains the events' marks in the events view, and no sub-event dots", () => {
    const labels = snapshotLegend({ ...input, view: "events" }).map((i) => i.label);
    expect(labels).toContain(SNAPSHOT_WORDS.disagree);
    expect(labels).not.toContain("Armed clash");
    expect(labels).toContain(SNAPSHOT_WORDS.event);
  });

  it("says in the clusters view that a bubble adds events, not accounts", () => {
    const labels = snapshotLegend({ ...input, view: "clusters" }).map((i) => i.label);
    expect(labels).toContain(SNAPSHOT_WORDS.cluster);
    expect(SNAPSHOT_WORDS.cluster).toMatch(/each event's lowest figure, added/);
  });

  it("leaves out what is switched off, and adds the heatmap when it is on", () => {
    const labels = snapshotLegend({ ...input, density: true, visible: { ...allOn, reports: false, bands: false } }).map((i) => i.label);
    expect(labels).toEqual(["Durand Line (de facto boundary)", "Khyber Pakhtunkhwa"]);
    expect(snapshotLegend({ ...input, density: true }).map((i) => i.label)).toContain("Density of the reports shown (heatmap)");
  });
});
