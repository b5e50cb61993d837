import type { FeatureCollection, Point } from "geojson";
import { describe, expect, it } from "vitest";
import { parseKml } from "../../src/core/io/import-kml";
import type { ReportFeature } from "../../src/core/reports/report";
import { formatIssue, parseReports } from "../../src/core/io/validate-reports";
import { readRepoJson, readRepoText } from "../support/read-json";
import { TODAY } from "../support/today";

const places = readRepoJson<FeatureCollection<Point, { name: string }>>("geodata/places.geojson").features;
const placeAt = (name: string) => places.find((p) => p.properties.name === name)!.geometry.coordinates;

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Reports as KML, every property in ExtendedData: how another tool would write them (the map itself writes no KML). */
function kmlOf(reports: ReportFeature[]): string {
  const placemarks = reports.map((r) => {
    const data = Object.entries(r.properties)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `<Data name="${k}"><value>${escapeXml(String(v))}</value></Data>`);
    return `<Placemark><ExtendedData>${data.join("")}</ExtendedData><Point><coordinates>${r.geometry.coordinates.join(",")}</coordinates></Point></Placemark>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks.join("\n")}</Document></kml>\n`;
}

/** A placemark that is a valid report but for what a test puts in it. */
function placemark(inner: string, data = ""): string {
  const base = { id: "P", event_date: "2025-10-15", time_precision: "1", event_type: "Battles", sub_event_type: "Armed clash", location: "Spin Boldak", geo_precision: "1", source: "Test source", source_note: "Test placemark." };
  const fields = Object.entries(base).map(([k, v]) => `<Data name="${k}"><value>${v}</value></Data>`);
  return `<Placemark><ExtendedData>${data}${fields.join("")}</ExtendedData>${inner}</Placemark>`;
}
const kml = (...placemarks: string[]) => `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks.join("")}</Document></kml>`;
const POINT = "<Point><coordinates>66.40001,31.00575</coordinates></Point>";

describe("the KML fixture", () => {
  const { reports, issues } = parseKml(readRepoText("tests/fixtures/reports.kml"), { today: TODAY });

  it("keeps every placemark with a Point and usable data, at [longitude, latitude] of the place it names", () => {
    expect(reports.map((r) => r.properties.id)).toEqual(["KML1", "KML2", "KML8"]);
    for (const r of reports) expect(r.geometry.coordinates).toEqual(placeAt(r.properties.location));
  });

  it("reads ExtendedData by the GeoJSON property names, decoding XML's entities", () => {
    expect(reports[0]!.properties).toMatchObject({
      id: "KML1", // the Placemark's id attribute
      event_date: "2025-10-15",
      location: "Spin Boldak", // the ExtendedData's, not the <name>
      source: "Test source A & partners",
      notes: "Test placemark, not a real report: Spin Boldak \u2013 all fields in ExtendedData",
      killed: 3,
      killed_max: 5,
      fatalities: 3, // none given: the lower killed figure
      injured: null, // an empty <value>
      country: "AF",
      place_id: "spin-boldak",
    });
  });

  it("falls back on <name>, <description>, <TimeStamp> and SchemaData, and keeps CDATA as written", () => {
    expect(reports[1]!.properties).toMatchObject({
      location: "Chaman",
      notes: "Test placemark, not a real report: <b>markup</b> & text from a CDATA section",
      event_date: "2025-10-16", // the day of 2025-10-16T06:30:00Z
      source: "Test source B",
      killed: 0,
      source_url: "https://example.org/test-placemark?a=1&b=2",
      country: "PK",
    });
    expect(reports[2]!.properties).toMatchObject({ id: "KML8", notes: "Test placemark, not a real report: Torkham, its id in ExtendedData" });
  });

  it("names the placemark, in document order, and the field of every problem", () => {
    const lines = issues.map(formatIssue);
    expect(lines.filter((l) => !/^Placemark [45] /.test(l))).toEqual([
      'Placemark 3 (id "KML3"), field "geometry": must be a Point, got a LineString',
      'Placemark 6 (id "KML6"), field "geometry": its longitude must be a number of decimal degrees from -180 to 180, got "east"',
      'Placemark 7 (id "KML7"), field "killed": must be a whole number of 0 or more, or null when not reported, got "twelve"',
    ]);
    // 4 and 5 have a name and nothing else: the geometry first, then every property the rules ask for.
    const required = ["event_date", "time_precision", "event_type", "sub_event_type", "geo_precision", "source", "source_url"];
    expect(issues.filter((i) => i.feature === 4).map((i) => i.field)).toEqual(["geometry", ...required]);
    expect(issues.filter((i) => i.feature === 5).map((i) => i.field)).toEqual(["geometry", ...required]);
    expect(lines).toContain('Placemark 4 (id "KML4"), field "geometry": must be a Point, got a Polygon');
    expect(lines).toContain('Placemark 5 (id "KML5"), field "geometry": must be a Point: the placemark has none (no <Point> in it)');
  });
});

describe("reading KML", () => {
  it("gives the seed reports back from KML that carries their properties, place_id included", () => {
    const seed = parseReports(readRepoText("geodata/reports.geojson"), { today: TODAY }).reports;
    const back = parseKml(kmlOf(seed), { today: TODAY });
    expect(back.issues).toEqual([]);
    expect(back.reports).toEqual(seed);
  });

  it("reads placemarks in namespaced KML, after a byte order mark", () => {
    const text = `\uFEFF<kml:kml xmlns:kml="http://www.opengis.net/kml/2.2">${placemark(POINT).replace(/<(\/?)(Placemark|ExtendedData|Data|value|Point|coordinates)\b/g, "<$1kml:$2")}</kml:kml>`;
    expect(parseKml(text, { today: TODAY }).reports.map((r) => r.geometry.coordinates)).toEqual([[66.40001, 31.00575]]);
  });

  it.each([
    ["<MultiGeometry><Point><coordinates>66,31</coordinates></Point><Point><coordinates>67,31</coordinates></Point></MultiGeometry>", "must be a Point, got a MultiGeometry of Point, Point"],
    ["<Point><coordinates>66,31 67,31</coordinates></Point>", '<coordinates> of the Point must be "longitude,latitude" or "longitude,latitude,altitude", got "66,31 67,31"'],
    ["<Point><coordinates>120.5,95</coordinates></Point>", "its latitude must lie from -90 to 90 degrees, got 95"],
    ["<Point><coordinates>66.4,95</coordinates></Point>", "its latitude must lie from -90 to 90 degrees, got 95"],
    ["<Point></Point>", '<coordinates> of the Point must be "longitude,latitude" or "longitude,latitude,altitude", got ""'],
  ])("refuses the geometry %s", (geometry, message) => {
    const { reports, issues } = parseKml(kml(placemark(geometry)), { today: TODAY });
    expect(reports).toEqual([]);
    expect(issues).toEqual([{ feature: 1, unit: "placemark", id: "P", field: "geometry", message }]);
  });

  it("takes a MultiGeometry of one Point as that Point", () => {
    expect(parseKml(kml(placemark(`<MultiGeometry>${POINT}</MultiGeometry>`)), { today: TODAY }).reports).toHaveLength(1);
  });

  it("refuses a repeated id, naming the placemark that had it first", () => {
    const { reports, issues } = parseKml(kml(placemark(POINT), placemark(POINT)), { today: TODAY });
    expect(reports).toHaveLength(1);
    expect(issues.map(formatIssue)).toEqual(['Placemark 2 (id "P"), field "id": repeats the id of placemark 1, "P"']);
  });

  it("expands no entity the file declares, and refuses an external one", () => {
    const laughs = '<!DOCTYPE kml [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const text = laughs + kml(placemark(POINT, '<Data name="notes"><value>&b; &lt;&#65;&#x42;&gt; &#0;</value></Data>'));
    expect(parseKml(text, { today: TODAY }).reports[0]!.properties.notes).toBe("&b; <AB> &#0;");
    const external = '<!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + kml(placemark(POINT, '<Data name="notes"><value>&x;</value></Data>'));
    expect(parseKml(external, { today: TODAY }).issues.map(formatIssue)).toEqual(["File: could not be read as KML (External entities are not supported)"]);
  });

  it.each([
    ["", "File: is empty: it has no placemarks"],
    ["id,latitude,longitude\n1,31,66\n", "File: is not well-formed XML (line 1, column 1: char 'i' is not expected.)"],
    ["<kml><Placemark></kml>", "File: is not well-formed XML (line 1, column 17: Expected closing tag 'Placemark' (opened in line 1, col 6) instead of closing tag 'kml'.)"],
    ["<kml><Document><name>a & b</name></Document></kml>", "File: is not well-formed XML (line 1, column 24: char '&' is not expected.)"],
    ['<?xml version="1.0"?><kml><Document/></kml>', "File: has no <Placemark>, so there is no report in it (its root element is <kml>)"],
    ["<svg><g/></svg>", "File: has no <Placemark>, so there is no report in it (its root element is <svg>)"],
  ])("%j is one issue for the whole file", (text, line) => {
    const { reports, issues } = parseKml(text, { today: TODAY });
    expect(reports).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([line]);
  });
});

describe("dates written as KML writes them", () => {
  /** A placemark with no date of its own in ExtendedData: only what `time` gives. */
  const undated = (time: string) =>
    `<Placemark><ExtendedData><Data name="id"><value>T</value></Data><Data name="event_type"><value>Battles</value></Data><Data name="sub_event_type"><value>Armed clash</value></Data><Data name="location"><value>Spin Boldak</value></Data><Data name="geo_precision"><value>1</value></Data><Data name="source"><value>Test source</value></Data><Data name="source_note"><value>Test placemark.</value></Data></ExtendedData>${time}${POINT}</Placemark>`;
  const read = (time: string) => parseKml(kml(undated(time)), { today: TODAY });

  it("takes a TimeStamp's day as the date, known to the day, and a month as its first day, known to the month", () => {
    expect(read("<TimeStamp><when>2025-10-15T18:30:00Z</when></TimeStamp>").reports[0]!.properties).toMatchObject({ event_date: "2025-10-15", time_precision: 1 });
    expect(read("<TimeStamp><when>2025-11</when></TimeStamp>").reports[0]!.properties).toMatchObject({ event_date: "2025-11-01", time_precision: 3 });
  });

  it("takes a TimeSpan's first day, known to the day, the week or the month by its length", () => {
    const span = (begin: string, end: string) => read(`<TimeSpan><begin>${begin}</begin><end>${end}</end></TimeSpan>`).reports[0]!.properties;
    expect(span("2025-10-15", "2025-10-15")).toMatchObject({ event_date: "2025-10-15", time_precision: 1 });
    expect(span("2025-10-15", "2025-10-21")).toMatchObject({ event_date: "2025-10-15", time_precision: 2 });
    expect(span("2025-10-15", "2025-11-02")).toMatchObject({ event_date: "2025-10-15", time_precision: 3 });
  });

  it("names the date when the placemark has none at all", () => {
    expect(read("").issues.map((i) => i.field)).toContain("event_date");
  });
});
