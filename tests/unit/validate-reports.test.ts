import { describe, expect, it } from "vitest";
import { formatIssue, parseReports, validateReports } from "../../src/core/io/validate-reports";
import { importReports } from "../../src/core/io/import-reports";
import { reportsToCsv, reportsToGeoJson } from "../../src/core/io/export-reports";
import { writeSnapshotFile } from "../../src/core/io/snapshot-file";
import { readRepoJson, readRepoText } from "../support/read-json";
import { seededRandom } from "../support/seeded-random";
import { TODAY } from "../support/today";

type Json = { type: string; features: Record<string, unknown>[] };

describe("validateReports on the broken fixture", () => {
  const result = parseReports(readRepoText("tests/fixtures/broken-reports.geojson"), { today: TODAY });

  it("keeps every valid feature, in input order", () => {
    expect(result.reports.map((r) => r.properties.id)).toEqual(["valid-abna", "valid-chaman-markup", "valid-article"]);
  });

  it("keeps markup in text as text", () => {
    const chaman = result.reports.find((r) => r.properties.id === "valid-chaman-markup");
    expect(chaman?.properties.location).toBe('<img src=x onerror="window.__xss=1"><b>Chaman</b>');
  });

  it("names the feature and the field of every problem", () => {
    const where = result.issues.map((i) => [i.feature, i.id, i.field]);
    expect(where).toEqual([
      [2, "bad-date", "event_date"],
      [3, "bad-killed", "killed"],
      [5, "bad-geometry", "geometry"],
      [6, "bad-coordinates", "geometry"],
      [7, "bad-subtype", "sub_event_type"],
      [8, "valid-abna", "id"],
      [9, null, ""],
      [10, "bad-url", "source_url"],
      [11, "bad-range", "killed_max"],
    ]);
  });

  it("writes messages a person can act on", () => {
    const lines = result.issues.map(formatIssue);
    expect(lines[0]).toBe('Feature 2 (id "bad-date"), field "event_date": is not a day of the calendar (February 2025 has 28 days), got "2025-02-30"');
    expect(lines[1]).toBe('Feature 3 (id "bad-killed"), field "killed": must be a whole number of 0 or more, or null when not reported, got "twelve"');
    expect(lines[5]).toMatch(/repeats the id of feature \d+, "valid-abna"$/);
  });
});

describe("validateReports on other input", () => {
  it("reports a missing geometry through geojson-validation", () => {
    const seed = readRepoJson<Json>("geodata/reports.geojson").features[0]!;
    const { reports, issues } = validateReports({ type: "FeatureCollection", features: [{ type: "Feature", properties: seed.properties }] }, { today: TODAY });
    expect(reports).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe("geometry");
    expect(issues[0]?.message).toContain('"geometry"');
  });

  it("turns a JSON syntax error into one issue for the file", () => {
    const { reports, issues } = parseReports('{"type": "FeatureCollection", "features": [', { today: TODAY });
    expect(reports).toEqual([]);
    expect(issues.map(formatIssue)[0]).toMatch(/^File: is not valid JSON/);
  });

  it("refuses what is not a FeatureCollection, saying what it got", () => {
    for (const input of [null, 3, "x", [], { type: "Topology" }]) {
      const { reports, issues } = validateReports(input, { today: TODAY });
      expect(reports).toEqual([]);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.message).toMatch(/^must be a GeoJSON FeatureCollection with a "features" array, got /);
    }
    // A collection with no "features" at all says what it lacks, and how an empty one is written.
    const empty = validateReports({ type: "FeatureCollection" }, { today: TODAY });
    expect(empty.issues.map((i) => [i.field, i.message])).toEqual([["features", 'must be the collection\'s array of features (an empty collection has "features": []); it has none']]);
    const bare = validateReports({ type: "Point", coordinates: [66.4, 31] }, { today: TODAY });
    expect(bare.issues.map((i) => i.message)).toEqual(["is a bare GeoJSON Point, with no properties: a report needs its date, type, place and source, so wrap it in a Feature that has them"]);
  });

  it("reads a single Feature as a collection of one, and says so", () => {
    const seed = readRepoJson<Json>("geodata/reports.geojson").features[0]!;
    const one = validateReports(seed, { today: TODAY });
    expect(one.reports.map((r) => r.properties.id)).toEqual([(seed.properties as { id: string }).id]);
    expect(one.issues).toEqual([{ feature: null, id: null, field: "", message: "is a single GeoJSON Feature, not a FeatureCollection: read as a collection of one", severity: "warning" }]);
    // A bare Feature that is no report: its own problems, after the note.
    expect(validateReports({ type: "Feature" }, { today: TODAY }).issues.length).toBeGreaterThan(1);
  });

  it("refuses a date after today, and names a date written day/month or month/day as ambiguous", () => {
    const seed = readRepoJson<Json>("geodata/reports.geojson").features[0]!;
    const future = validateReports({ type: "FeatureCollection", features: [{ ...seed, properties: { ...(seed.properties as Record<string, unknown>), event_date: "2999-01-01" } }] }, { today: TODAY });
    expect(future.issues.map(formatIssue)).toEqual([expect.stringMatching(new RegExp(`field "event_date": must not be after today \\(${TODAY}, UTC\\): a report tells of something that has happened, got "2999-01-01"$`))]);
    const csv = `event_id_cnty,event_date,time_precision,event_type,sub_event_type,location,latitude,longitude,geo_precision,source,fatalities\nA1,03/04/2025,1,Battles,Armed clash,Spin Boldak,31.00575,66.40001,1,Test source,1\n`;
    expect(importReports(csv, "a.csv", { today: TODAY }).issues.map(formatIssue)).toEqual(['Row 1 (id "A1"), field "event_date": is ambiguous: "03/04/2025" can be 3 April 2025 (day first) or 4 March 2025 (month first); write it as YYYY-MM-DD or DD Month YYYY']);
  });

  it("takes today from its caller: the same date is kept on that day and refused the day before, whatever the reader", () => {
    const [first] = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY }).reports;
    const report = { ...first!, properties: { ...first!.properties, event_date: "2026-03-10" } };
    const { id } = report.properties;
    const rows = [{ properties: report.properties, lon: report.geometry.coordinates[0]!, lat: report.geometry.coordinates[1]! }];
    const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const data = Object.entries(report.properties).filter(([, v]) => v !== null).map(([k, v]) => `<Data name="${k}"><value>${escapeXml(String(v))}</value></Data>`);
    const files: [string, string, string][] = [
      ["reports.geojson", JSON.stringify(reportsToGeoJson(rows)), "Feature 1"],
      ["reports.csv", reportsToCsv(rows), "Row 1"],
      ["reports.kml", `<kml><Document><Placemark><ExtendedData>${data.join("")}</ExtendedData><Point><coordinates>${report.geometry.coordinates.join(",")}</coordinates></Point></Placemark></Document></kml>`, "Placemark 1"],
      ["view.json", writeSnapshotFile({ view: "", dataset: "one report", reports: [report], madeAt: new Date("2026-03-10T12:00:00Z") }), "Feature 1"],
    ];
    const refusal = (day: string) => `, field "event_date": must not be after today (${day}, UTC): a report tells of something that has happened, got "2026-03-10"`;
    for (const [name, text, unit] of files) {
      for (const today of ["2026-03-10", "2026-03-11", TODAY]) {
        const kept = importReports(text, name, { today });
        expect([name, today, kept.reports.map((r) => r.properties.event_date), kept.issues.map(formatIssue)]).toEqual([name, today, ["2026-03-10"], []]);
      }
      for (const today of ["2026-03-09", "2025-12-31"]) {
        const refused = importReports(text, name, { today });
        expect([name, refused.reports, refused.issues.map(formatIssue)]).toEqual([name, [], [`${unit} (id "${id}")${refusal(today)}`]]);
      }
    }
    const feature = { type: "FeatureCollection", features: [report] };
    expect(validateReports(feature, { today: "2026-03-10" }).reports).toEqual([report]);
    expect(validateReports(feature, { today: "2026-03-09" }).issues.map(formatIssue)).toEqual([`Feature 1 (id "${id}")${refusal("2026-03-09")}`]);
  });

  it("fills defaults: accuracy from geo_precision, fatalities from killed, null for absent figures", () => {
    const seed = readRepoJson<Json>("geodata/reports.geojson").features[6]!; // AFP's officials: district only, 15 civilians killed, 80+ injured
    const props = { ...(seed.properties as Record<string, unknown>) };
    delete props.accuracy_m;
    delete props.fatalities;
    delete props.injured;
    delete props.civilians_injured;
    const { reports, issues } = validateReports({ type: "FeatureCollection", features: [{ ...seed, properties: props }] }, { today: TODAY });
    expect(issues).toEqual([]);
    expect(reports[0]?.properties).toMatchObject({ geo_precision: 3, accuracy_m: 30_000, fatalities: 15, injured: null });
  });

  it("never throws and keeps exactly the untouched features when random fields are broken (seeded)", () => {
    const random = seededRandom(20251015);
    const seed = readRepoJson<Json>("geodata/reports.geojson").features;
    const junk = [null, "", -1, 1.5, "x", {}, [], true, "<script>", Number.NaN, "9999-99-99"];
    for (let round = 0; round < 200; round++) {
      const expected: string[] = [];
      const features = seed.map((f, i) => {
        const copy = JSON.parse(JSON.stringify(f)) as { properties: Record<string, unknown> };
        copy.properties.id = `r${round}-${i}`;
        if (random() < 0.5) {
          expected.push(copy.properties.id as string);
          return copy;
        }
        const fields = ["event_date", "time_precision", "event_type", "sub_event_type", "geo_precision", "killed", "location", "source", "accuracy_m"];
        const field = fields[Math.floor(random() * fields.length)]!;
        copy.properties[field] = junk[Math.floor(random() * junk.length)];
        return copy;
      });
      const { reports, issues } = validateReports({ type: "FeatureCollection", features }, { today: TODAY });
      const kept = reports.map((r) => r.properties.id);
      for (const id of expected) expect(kept).toContain(id);
      for (const issue of issues) expect(issue.field).not.toBe("");
      expect(kept.length + new Set(issues.map((i) => i.feature)).size).toBe(seed.length);
    }
  });
});

describe("property rules", () => {
  const seed = readRepoJson<Json>("geodata/reports.geojson").features[2]!;
  const check = (changes: Record<string, unknown>) =>
    validateReports({ type: "FeatureCollection", features: [{ ...seed, properties: { ...(seed.properties as object), ...changes } }] }, { today: TODAY });
  const fields = (changes: Record<string, unknown>) => check(changes).issues.map((i) => i.field);

  it.each([
    "https://example.org/a?b=1#c",
    "http://user@example.org/",
    "https://例え.jp/記事",
    "https://my_host.example.org/x",
    "http://[2001:db8::1]:8080/",
    " https://example.org/trimmed ",
  ])("accepts the address %s", (url) => {
    expect(fields({ source_url: url })).toEqual([]);
  });

  it.each(["javascript:alert(1)", "http://./", "https://", "example.org", "https://exa mple.org", "ftp://example.org"])(
    "refuses the address %s",
    (url) => {
      expect(fields({ source_url: url })).toEqual(["source_url"]);
    },
  );

  it("needs a real reason when there is no address", () => {
    expect(fields({ source_url: null, source_note: "   " })).toEqual(["source_url"]);
    expect(fields({ source_url: null, source_note: "The article gives no address." })).toEqual([]);
  });

  it("keeps fatalities within the killed figures the source gives", () => {
    expect(fields({ killed: 5, fatalities: 0 })).toEqual(["fatalities"]);
    expect(fields({ killed: 5, fatalities: 9 })).toEqual(["fatalities"]);
    expect(fields({ killed: 15, killed_max: 20, fatalities: 15 })).toEqual([]);
    expect(fields({ killed: 6, killed_at_least: true, fatalities: 8 })).toEqual([]);
    expect(fields({ killed: null, unstated_killed: null, fatalities: 0 })).toEqual([]);
  });

  it("checks calendar dates, early years included", () => {
    expect(fields({ event_date: "2024-02-29" })).toEqual([]);
    expect(fields({ event_date: "2025-02-29" })).toEqual(["event_date"]);
    expect(fields({ event_date: "0050-01-31" })).toEqual([]);
    expect(fields({ event_date: "2025-1-5" })).toEqual(["event_date"]);
  });

  it("reports a missing properties member once, under properties", () => {
    const { issues } = validateReports({ type: "FeatureCollection", features: [{ type: "Feature", geometry: seed.geometry }] }, { today: TODAY });
    expect(issues.map((i) => i.field)).toEqual(["properties"]);
  });
});
