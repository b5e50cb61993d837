import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseAcledCsv } from "../../src/core/io/import-acled-csv";
import { reportsToCsv, CSV_COLUMNS } from "../../src/core/io/export-reports";
import { validateReports } from "../../src/core/io/validate-reports";
import { describeByGroup } from "../../src/core/reports/format-report";
import { VICTIM_GROUPS, type ReportFeature, type ReportProperties } from "../../src/core/reports/report";
import { readRepoJson, readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

type Json = { features: { properties: Record<string, unknown>; geometry: unknown; type: string }[] };

/** The seed's first report (the Weesh homes, 5 Afghan civilians killed) with its figures replaced. */
function withFigures(figures: Record<string, unknown>) {
  const seed = readRepoJson<Json>("geodata/reports.geojson").features[0]!;
  const props: Record<string, unknown> = { ...seed.properties };
  for (const key of Object.keys(props)) if (/^(killed|injured|fatalities|civilians_|security_forces_|militants_|unstated_)/.test(key)) delete props[key];
  return validateReports({ type: "FeatureCollection", features: [{ ...seed, properties: { ...props, ...figures } }] }, { today: TODAY });
}

/** Every victim-group property of a report that is set, as a plain object (to compare two readings of one report). */
function groupFields(p: ReportProperties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(p)) if (VICTIM_GROUPS.some((g) => key.startsWith(`${g}_`)) || key === "source_side") out[key] = value;
  return out;
}

const roundTrip = (reports: ReportFeature[]) =>
  parseAcledCsv(reportsToCsv(reports.map((r) => ({ properties: r.properties, lon: r.geometry.coordinates[0]!, lat: r.geometry.coordinates[1]! }))), { today: TODAY });

describe("victim groups on an account", () => {
  it("make the total the groups' sum where the source gives only groups", () => {
    const { reports, issues } = withFigures({ civilians_killed: 12, security_forces_killed: 4, security_forces_killed_max: 5 });
    expect(issues).toEqual([]);
    expect(reports[0]!.properties).toMatchObject({ killed: 16, killed_max: 17, fatalities: 16, injured: null });
  });

  it("make a total given alone the figure of no stated group, and never turn a missing figure into 0", () => {
    const { reports } = withFigures({ killed: 5, injured: null });
    const p = reports[0]!.properties;
    expect([p.unstated_killed, p.civilians_killed, p.unstated_injured]).toEqual([5, undefined, undefined]);
    expect(describeByGroup(p, "killed")).toBe("5 (group not stated)");
    expect(describeByGroup(p, "injured")).toBe("not reported");
  });

  it("refuse a total smaller than its groups, naming the field", () => {
    const { issues } = withFigures({ killed: 10, civilians_killed: 12 });
    expect(issues.map((i) => [i.field, i.message])).toEqual([["killed", "must be at least the victim groups' killed figures added (12), got 10"]]);
    // A range or "at least" leaves room for the groups.
    expect(withFigures({ killed: 10, killed_max: 15, civilians_killed: 12 }).issues).toEqual([]);
    expect(withFigures({ killed: 10, killed_at_least: true, civilians_killed: 12 }).issues).toEqual([]);
  });

  it("read sides as two-letter country codes and name a bad one", () => {
    expect(withFigures({ civilians_killed: 1, civilians_side: "af" }).reports[0]!.properties.civilians_side).toBe("AF");
    expect(withFigures({ civilians_killed: 1, civilians_side: "Afghanistan" }).issues.map((i) => i.field)).toEqual(["civilians_side"]);
    expect(withFigures({ source_side: 4 }).issues.map((i) => i.field)).toEqual(["source_side"]);
    expect(withFigures({ militants_killed: -1 }).issues.map((i) => i.field)).toEqual(["militants_killed"]);
  });

  it("say who a figure counts, and mark a side's figure for the other side's forces as a claim", () => {
    const army = withFigures({ security_forces_killed: 15, security_forces_killed_max: 20, security_forces_side: "AF", source_side: "PK" }).reports[0]!.properties;
    expect(describeByGroup(army, "killed")).toBe("15–20 Afghan security forces (a claim by the other side)");
    const both = withFigures({ civilians_killed: 12, civilians_side: "AF", unstated_killed: 3 }).reports[0]!.properties;
    expect(describeByGroup(both, "killed")).toBe("15: 12 Afghan civilians, 3 (group not stated)");
  });
});

describe("the seed accounts, re-read against the reference", () => {
  const { reports } = validateReports(readRepoJson("geodata/reports.geojson"), { today: TODAY });
  const byId = new Map(reports.map((r) => [r.properties.id, r.properties]));

  it("split each account's figures as its source gives them (incident-sources.md)", () => {
    // C1: "12 civilians", 100+ injured of no stated group; C2: 15 civilians, 80+ women and children; C3: 4 security officials
    // on the Pakistani side, 4 injured; C4: the Pakistan Army's 15–20 Afghan Taliban; B1: 4 women and a man, group not stated.
    expect(groupFields(byId.get("2025-10-15-spin-boldak-mujahid")!)).toEqual({ source_side: "AF", civilians_killed: 12, civilians_side: "AF", unstated_injured: 100, unstated_injured_at_least: true });
    expect(groupFields(byId.get("2025-10-15-spin-boldak-afp-officials")!)).toMatchObject({ civilians_killed: 15, civilians_injured: 80, civilians_injured_at_least: true });
    expect(groupFields(byId.get("2025-10-15-chaman-cnn-news18")!)).toEqual({ security_forces_killed: 4, security_forces_side: "PK", unstated_injured: 4 });
    expect(groupFields(byId.get("2025-10-15-spin-boldak-pakistan-army")!)).toEqual({ source_side: "PK", security_forces_killed: 15, security_forces_killed_max: 20, security_forces_side: "AF" });
    expect(groupFields(byId.get("2025-11-06-spin-boldak-abna")!)).toEqual({ source_side: "AF", unstated_killed: 5 });
    // Each account's total is still its groups' sum (or its group not stated).
    for (const p of reports.map((r) => r.properties)) {
      const lows = VICTIM_GROUPS.map((g) => p[`${g}_killed`]).filter((n): n is number => typeof n === "number");
      expect(p.killed, p.id).toBe(lows.length ? lows.reduce((a, b) => a + b, 0) : null);
    }
  });
});

describe("UCDP GED and ACLED rows through import and export", () => {
  const ucdp = parseAcledCsv(readRepoText("tests/fixtures/interop/ucdp/ucdp-ged-pakistan-hdx.csv"), { today: TODAY });

  it("read every row of UCDP's GED for Pakistan (6,417 lines under the header, one of them HXL tags)", () => {
    expect(ucdp.issues).toEqual([]);
    expect(ucdp.reports).toHaveLength(6_416);
  });

  it("map a row's deaths by side onto the victim groups: government forces, the armed group, civilians, unknown", () => {
    // GED 275153 (Karachi, 2018-11-23): Government of Pakistan 2 dead, BLA 3, civilians 2, unknown 0; best = low = high = 7.
    const karachi = ucdp.reports.find((r) => r.properties.id === "UCDP-GED-275153")!.properties;
    expect(groupFields(karachi)).toEqual({ security_forces_killed: 2, security_forces_side: "PK", militants_killed: 3, civilians_killed: 2, unstated_killed: 0 });
    expect([karachi.killed, karachi.killed_max, karachi.fatalities, karachi.source_url]).toEqual([7, null, 7, null]);
    expect(karachi.source_note).toContain("275153");
    // GED 59553 (Kel, 1990): India 0 dead, Pakistan 2: both governments' forces, so security forces of no one side, the split in the notes.
    const kel = ucdp.reports.find((r) => r.properties.id === "UCDP-GED-59553")!.properties;
    expect(groupFields(kel)).toEqual({ security_forces_killed: 2, civilians_killed: 0, unstated_killed: 0 });
    expect(kel.notes).toContain("0 dead of Government of India, 2 of Government of Pakistan");
  });

  it("keep a row whose low, best and high are out of order, its range spanning the three", () => {
    // GED 370168: best 2, low 2, high 1; its 2 civilians fit.
    const odd = ucdp.reports.find((r) => r.properties.id === "UCDP-GED-370168")!.properties;
    expect([odd.killed, odd.killed_max, odd.civilians_killed]).toEqual([1, 2, 2]);
  });

  it("round-trip a UCDP row and an ACLED row through the CSV export with their groups", () => {
    const acled = parseAcledCsv(readRepoText("tests/fixtures/acled-export.csv"), { today: TODAY }).reports;
    // TESTAF1: 3 fatalities, "Civilian targeting" of "Civilians (Afghanistan)": 3 Afghan civilians killed.
    expect(groupFields(acled[0]!.properties)).toEqual({ civilians_killed: 3, civilians_side: "AF" });
    const chosen = [acled[0]!, ...ucdp.reports.filter((r) => ["UCDP-GED-275153", "UCDP-GED-59553", "UCDP-GED-370168"].includes(r.properties.id))];
    const again = roundTrip(chosen);
    expect(again.issues).toEqual([]);
    expect(again.reports.map((r) => r.properties)).toEqual(chosen.map((r) => r.properties));
  });

  it("write ACLED's columns first, civilian_targeting where only civilians were hit, then the project's", () => {
    const csv = reportsToCsv([]);
    const header = csv.split("\n")[0]!.split(",");
    expect(header.indexOf("fatalities")).toBeLessThan(header.indexOf("killed"));
    expect(header.indexOf("civilian_targeting")).toBeLessThan(header.indexOf("civilians_killed"));
    expect(CSV_COLUMNS.slice(0, 3)).toEqual(["event_id_cnty", "event_date", "year"]);
    const acled = parseAcledCsv(readRepoText("tests/fixtures/acled-export.csv"), { today: TODAY }).reports;
    const karachi = ucdp.reports.find((r) => r.properties.id === "UCDP-GED-275153")!;
    const written = Papa.parse<Record<string, string>>(reportsToCsv([acled[0]!, karachi].map((r) => ({ properties: r.properties, lon: 0, lat: 0 }))), { header: true }).data;
    // Civilians alone (TESTAF1) are civilian targeting; Karachi's police, BLA fighters and civilians are not.
    expect(written.filter((row) => row.event_id_cnty).map((row) => [row.civilian_targeting, row.civilians_killed])).toEqual([
      ["Civilian targeting", "3"],
      ["", "2"],
    ]);
  });
});
