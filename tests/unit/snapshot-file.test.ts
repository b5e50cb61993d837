import { describe, expect, it } from "vitest";
import { importReports } from "../../src/core/io/import-reports";
import { parseReports } from "../../src/core/io/validate-reports";
import { SNAPSHOT_FILE_TYPE, writeSnapshotFile } from "../../src/core/io/snapshot-file";
import { readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const seed = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY }).reports;

describe("snapshot files", () => {
  it("read back to the same reports, view and dataset, whatever the file is called", () => {
    const text = writeSnapshotFile({ view: "#map=8/31/66.5&killed=4", dataset: "the seed data", reports: seed.slice(0, 5), madeAt: new Date(Date.UTC(2026, 10, 27)) });
    for (const name of ["border-snapshot-2026-11-27.json", "renamed.geojson", "no-extension"]) {
      const back = importReports(text, name, { today: TODAY });
      expect(back.format).toBe("snapshot");
      expect(back.issues).toEqual([]);
      expect(back.reports).toEqual(seed.slice(0, 5));
      expect([back.view, back.datasetName]).toEqual(["map=8/31/66.5&killed=4", "the seed data"]);
    }
    expect(JSON.parse(text)).toMatchObject({ type: SNAPSHOT_FILE_TYPE, version: 1, made: "2026-11-27T00:00:00.000Z" });
  });

  it("say how many reports the sender had before the filters", () => {
    const text = writeSnapshotFile({ view: "killed=4", dataset: "the seed data", reports: seed.slice(0, 5), total: 12, madeAt: new Date(0) });
    expect(importReports(text, "s.json", { today: TODAY }).datasetName).toBe("the seed data (the 5 of its 12 reports the sender's filters kept)");
  });

  it("name what is wrong in a damaged one and keep its valid reports", () => {
    const json = JSON.parse(writeSnapshotFile({ view: "killed=4", dataset: "x", reports: seed.slice(0, 3), madeAt: new Date(0) }));
    json.version = 2;
    json.view = 42;
    json.reports.features[1].properties.killed = "many";
    const back = importReports(JSON.stringify(json), "s.json", { today: TODAY });
    expect(back.reports.map((r) => r.properties.id)).toEqual([seed[0]!.properties.id, seed[2]!.properties.id]);
    expect(back.view).toBeUndefined();
    expect(back.issues.map((i) => [i.feature, i.field])).toEqual([
      [null, "view"],
      [null, "version"],
      [2, "killed"],
    ]);
  });

  it("are told apart from GeoJSON only by their type", () => {
    expect(importReports(readRepoText("geodata/reports.geojson"), "x.json", { today: TODAY }).format).toBe("geojson");
    expect(importReports(JSON.stringify({ type: "border-incident-map-snapshot", version: 1, view: "", reports: null }), "x.json", { today: TODAY }).issues[0]!.message).toMatch(/FeatureCollection/);
  });
});
