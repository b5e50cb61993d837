import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import type { FeatureCollection, LineString } from "geojson";
import { describe, expect, it } from "vitest";
import { referenceDistance } from "../support/geodesic-reference";
import { readRepoJson } from "../support/read-json";
import { cli, cliSpawned } from "../support/run-cli";

const line = readRepoJson<FeatureCollection<LineString>>("geodata/durand-line.geojson").features[0]!.geometry.coordinates;

describe("the shell (src/cli/main.ts), spawned as npm run cli spawns it", () => {
  it("passes the arguments to run and exits with its status, data on standard output and messages on standard error", async () => {
    const missing = cliSpawned("distance", "tests/fixtures/no-such-file.csv");
    expect([missing.status, missing.stdout, missing.stderr]).toEqual([2, "", "error: cannot read tests/fixtures/no-such-file.csv: ENOENT\n"]);
    const inProcess = await cli("distance", "tests/fixtures/points.csv");
    const spawned = cliSpawned("distance", "tests/fixtures/points.csv");
    expect([spawned.status, spawned.stdout, spawned.stderr]).toEqual([inProcess.status, inProcess.stdout, inProcess.stderr]);
  }, 60_000);
});

describe("npm run cli -- distance", () => {
  it("adds the border columns to a CSV, keeps every row in order, and names the rows it could not compute", async () => {
    const { status, stdout, stderr } = await cli("distance", "tests/fixtures/points.csv");
    expect(status).toBe(3);
    const rows = Papa.parse<Record<string, string>>(stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.point_id)).toEqual(["spin-boldak", "chaman", "missing", "out-of-range", "not-a-number", "parachinar"]);
    expect(rows[5]!.note).toBe("test point at Parachinar, with a comma");
    for (const r of rows.filter((r) => r.latitude && Math.abs(Number(r.latitude)) <= 90 && !Number.isNaN(Number(r.latitude)))) {
      const ref = referenceDistance(line, Number(r.longitude), Number(r.latitude));
      expect(Math.abs(Number(r.border_distance_m) - ref.distanceM)).toBeLessThan(0.002);
      expect(Math.abs(Number(r.border_along_km) - ref.alongM / 1000)).toBeLessThan(0.01);
    }
    expect(rows.map((r) => r.border_side)).toEqual(["AF", "PK", "", "", "", "PK"]);
    expect(rows[2]!.border_distance_m).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      "tests/fixtures/points.csv: row 3: latitude is missing; kept with empty border columns",
      "tests/fixtures/points.csv: row 4: latitude 95 is outside -90..90; kept with empty border columns",
      'tests/fixtures/points.csv: row 5: latitude "thirty" is not a number; kept with empty border columns',
      "tests/fixtures/points.csv: no accuracy_m given: no range of distances is known, so border_distance_min_m and border_distance_max_m are not added",
    ]);
    expect(Object.keys(rows[0]!)).not.toContain("border_distance_min_m");
  });

  it("adds the range each row's accuracy_m allows after border_distance_m, and leaves it empty where a row gives none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "border-cli-"));
    const input = join(dir, "accuracy.csv");
    // Spin Boldak's GeoNames position, given to a district (30 km), to a town (2 km), without an accuracy, and with a bad one.
    writeFileSync(input, "name,latitude,longitude,accuracy_m\ndistrict,31.00575,66.40001,30000\ntown,31.00575,66.40001,2000\nnone,31.00575,66.40001,\nbad,31.00575,66.40001,far\n");
    const { status, stdout, stderr } = await cli("distance", input);
    expect(status).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(stdout, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(["name", "latitude", "longitude", "accuracy_m", "border_distance_m", "border_distance_min_m", "border_distance_max_m", "border_side", "border_nearest_lon", "border_nearest_lat", "border_along_km"]);
    const [district, town, none, bad] = parsed.data;
    const d = referenceDistance(line, 66.40001, 31.00575).distanceM;
    // By hand from the reference distance: [max(0, d − r), d + r], to the millimetre.
    expect(Math.abs(Number(district!.border_distance_min_m) - Math.max(0, d - 30_000))).toBeLessThan(0.002);
    expect(Math.abs(Number(district!.border_distance_max_m) - (d + 30_000))).toBeLessThan(0.002);
    expect(Math.abs(Number(town!.border_distance_min_m) - Math.max(0, d - 2_000))).toBeLessThan(0.002);
    expect(Math.abs(Number(town!.border_distance_max_m) - (d + 2_000))).toBeLessThan(0.002);
    for (const row of [district!, town!]) {
      expect(Number(row.border_distance_min_m)).toBeLessThanOrEqual(Number(row.border_distance_m));
      expect(Number(row.border_distance_m)).toBeLessThanOrEqual(Number(row.border_distance_max_m));
    }
    for (const row of [none!, bad!]) expect([row.border_distance_min_m, row.border_distance_max_m, row.border_distance_m !== ""]).toEqual(["", "", true]);
    expect(stderr.trim().split("\n")).toEqual([
      `${input}: row 3: accuracy_m is empty: no range of distances is known; border_distance_min_m and border_distance_max_m left empty`,
      `${input}: row 4: accuracy_m "far" is not a radius in metres: no range of distances is known; border_distance_min_m and border_distance_max_m left empty`,
    ]);
  });

  it("writes GeoJSON back as GeoJSON with --out, and exits 0 when every feature was computed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "border-cli-"));
    const input = join(dir, "in.geojson");
    const output = join(dir, "out.geojson");
    const places = readRepoJson<FeatureCollection>("geodata/places.geojson");
    writeFileSync(input, JSON.stringify(places));
    const { status, stdout } = await cli("distance", input, "--out", output);
    expect(status).toBe(0);
    expect(stdout).toBe("");
    const out = JSON.parse(readFileSync(output, "utf8")) as FeatureCollection;
    expect(out.features.map((f) => f.properties?.id)).toEqual(places.features.map((f) => f.properties?.id));
    const gate = out.features.find((f) => f.properties?.id === "wesh-chaman-crossing")!;
    expect(gate.properties?.border_distance_m).toBeLessThan(5);
    expect(out.features.find((f) => f.properties?.id === "kabul")!.properties?.border_side).toBe("AF");
  });

  it("gives no answer beyond 2,000 km of the border, and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "border-cli-"));
    const input = join(dir, "far.csv");
    writeFileSync(input, "name,latitude,longitude\nkabul,34.52813,69.17233\nwinnipeg,49.9,-97.1\n");
    const { status, stdout, stderr } = await cli("distance", input);
    expect(status).toBe(3);
    const rows = Papa.parse<Record<string, string>>(stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.name)).toEqual(["kabul", "winnipeg"]);
    expect(rows[0]!.border_side).toBe("AF");
    expect(rows[1]!.border_distance_m).toBe("");
    expect(stderr).toMatch(/row 2: about \d+ km from the border, beyond the 2000 km this tool answers for; kept with empty border columns/);
  });

  it("exits 2 with one clear line for a file that is not there", async () => {
    const { status, stderr } = await cli("distance", "tests/fixtures/no-such-file.csv");
    expect(status).toBe(2);
    expect(stderr).toBe("error: cannot read tests/fixtures/no-such-file.csv: ENOENT\n");
  });

  it("exits 2 with one clear line when the input is not points at all", async () => {
    const dir = mkdtempSync(join(tmpdir(), "border-cli-"));
    writeFileSync(join(dir, "bad.geojson"), "{ not json");
    writeFileSync(join(dir, "bad.csv"), "a,b\n1,2\n");
    const json = await cli("distance", join(dir, "bad.geojson"));
    expect(json.status).toBe(2);
    expect(json.stderr.trim().split("\n")).toHaveLength(1);
    expect(json.stderr.trim()).toMatch(/bad\.geojson: not valid JSON/);
    const csv = await cli("distance", join(dir, "bad.csv"));
    expect(csv.status).toBe(2);
    expect(csv.stderr.trim()).toMatch(/bad\.csv: the CSV has no latitude column \(columns: a, b\)$/);
  });
});

describe("npm run cli on files as other tools write them", () => {
  const dir = mkdtempSync(join(tmpdir(), "border-cli-real-"));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const seedFeature = readRepoJson<{ features: { properties: Record<string, unknown>; geometry: unknown }[] }>("geodata/reports.geojson").features[2]!;

  it("validate: keeps the reports beside a uMap polygon with no ring, and names the polygon", async () => {
    const input = file("umap.geojson", JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", geometry: { type: "Polygon", coordinates: [[]] }, properties: {} }, { type: "Feature", ...seedFeature }] }));
    const { status, stdout } = await cli("validate", input);
    expect(status).toBe(3);
    expect(stdout.split("\n")[0]).toBe("1 valid, 1 invalid");
    expect(stdout).toContain('Feature 1, field "geometry": must be a Point, got "Polygon"');
  });

  it("validate: reads a GeoJSON country by name, as the CSV reader does", async () => {
    const input = file("country.geojson", JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", ...seedFeature, properties: { ...seedFeature.properties, country: "Afghanistan" } }] }));
    expect((await cli("validate", input)).stdout).toBe("1 valid, 0 invalid\n");
  });

  it("distance: reads a single Feature and a KML file as validate does", async () => {
    const one = await cli("distance", file("one.geojson", JSON.stringify({ type: "Feature", ...seedFeature })));
    expect(one.status).toBe(0);
    const collection = JSON.parse(one.stdout) as { features: { properties: Record<string, unknown> }[] };
    expect(collection.features).toHaveLength(1);
    expect(collection.features[0]!.properties.border_side).toBe("AF");
    const kml = await cli("distance", "tests/fixtures/reports.kml");
    const placemarks = JSON.parse(kml.stdout) as { features: { properties: Record<string, unknown> }[] };
    // tests/fixtures/reports.kml: 8 placemarks; a LineString, a Polygon, none and "east,31.00575" are no usable Point
    // (named, kept with empty columns); KML1, KML2, KML7 and a MultiGeometry of one Point are.
    expect(placemarks.features).toHaveLength(8);
    expect(placemarks.features.filter((f) => typeof f.properties.border_distance_m === "number")).toHaveLength(4);
  });

  it("distance: keeps columns named __proto__ and constructor as columns, names a row with an unclosed quote, reads a trailing empty field", async () => {
    const proto = await cli("distance", file("proto.csv", 'id,latitude,longitude,__proto__,constructor\na,31,66.4,x,y\n"b,31,66.4,z\n'));
    const rows = Papa.parse<string[]>(proto.stdout.trim()).data;
    expect(rows[0]!.slice(0, 5)).toEqual(["id", "latitude", "longitude", "__proto__", "constructor"]);
    expect(rows[1]!.slice(0, 5)).toEqual(["a", "31", "66.4", "x", "y"]);
    expect(proto.status).toBe(3);
    expect(proto.stderr).toMatch(/row 2: could not be read as CSV \(.*\); check its quotes and separators; kept with empty border columns/);
    const trailing = await cli("distance", file("trailing.csv", "id,latitude,longitude,note\na,31,66.4,x,\nb,31.1,66.4,y\n"));
    expect(trailing.status).toBe(0);
  });

  it("validate: counts every bad row of a large file, lists the first 100,000 problems and says how many more there are", async () => {
    // 110,000 rows, each with one bad field (the date): 110,000 problems, 10,000 of them beyond the list.
    const header = "id,event_date,time_precision,event_type,sub_event_type,location,latitude,longitude,geo_precision,source\n";
    const rows = Array.from({ length: 110_000 }, (_, i) => `r${i},someday,1,Battles,Armed clash,X,31,66.4,1,S\n`).join("");
    const { status, stdout } = await cli("validate", file("many.csv", header + rows));
    const lines = stdout.trimEnd().split("\n");
    expect(status).toBe(3);
    expect(lines[0]).toBe("0 valid, 110,000 invalid");
    expect(lines).toHaveLength(1 + 100_000 + 1);
    expect(lines[100_000]).toMatch(/^Row 100000 \(id "r99999"\), field "event_date"/);
    expect(lines.at(-1)).toBe("... and 10,000 more problems, not listed (the first 100,000 are)");
  }, 60_000);

  it("refuses a device or a folder at once, rather than reading without end", async () => {
    for (const command of ["distance", "cluster"]) {
      const run = await cli(command, "/dev/zero");
      expect([run.status, run.stderr]).toEqual([2, "error: /dev/zero: is not a regular file (a device, a folder or a pipe): give a file of points\n"]);
    }
    expect((await cli("validate", "/dev/zero")).stderr).toBe("error: /dev/zero: is not a text file of reports: it looks like binary data\n");
    expect((await cli("distance", "tests")).status).toBe(2);
  });

  it("never echoes a terminal's escape sequences from a file", async () => {
    const { status, stderr } = await cli("distance", file("esc.csv", "id,lat\u001b[31mitude,longitude\na,31,66.4\n"));
    expect(status).toBe(2);
    expect(stderr).not.toContain("\u001b");
    expect(stderr).toContain("lat\\u001b[31mitude");
    // validate quotes the same header through its own reader: nothing raw either, C1 controls (U+009B) included.
    const validate = await cli("validate", file("esc-validate.csv", "id,lat\u009b31mitude,\u001b[2Jlongitude\na,31,66.4\n"));
    expect(validate.status).toBe(2);
    expect(validate.stderr).not.toMatch(/[\u001b\u009b]/);
    expect(validate.stderr).toContain("\\u009b");
  });
});

describe("npm run cli on UCDP's GED for Pakistan (HDX, with its row of HXL tags)", () => {
  const UCDP = "tests/fixtures/interop/ucdp/ucdp-ged-pakistan-hdx.csv";

  it("distance: measures all 6,416 events, keeps the tag row as it is, and finds them on Pakistan's side", async () => {
    const { status, stdout } = await cli("distance", UCDP);
    expect(status).toBe(0);
    const rows = Papa.parse<Record<string, string>>(stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows[0]!.latitude).toBe("#geo+lat");
    expect(rows[0]!.border_distance_m).toBe("");
    const data = rows.slice(1);
    expect(data).toHaveLength(6_416);
    // Plausible: every event within 1,100 km of the line (Karachi is about 500 km from it), nearly all in Pakistan.
    expect(data.every((r) => Number(r.border_distance_m) < 1_100_000)).toBe(true);
    expect(data.filter((r) => r.border_side === "PK").length / data.length).toBeGreaterThan(0.97);
  });

  it("cluster: groups every event, reading its dates and its deaths by side", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ucdp-"));
    const { status, stdout, stderr } = await cli("cluster", UCDP, "--events", join(dir, "events.geojson"));
    expect([status, stderr]).toEqual([0, ""]);
    const rows = Papa.parse<Record<string, string>>(stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows[0]!.event_id).toBe("");
    expect(rows.slice(1).every((r) => /^E\d+$/.test(r.event_id ?? ""))).toBe(true);
    const events = JSON.parse(readFileSync(join(dir, "events.geojson"), "utf8")) as { features: { properties: Record<string, unknown> }[] };
    // GED 59553 (Kel, 1990-10-04), alone in its event: 2 dead, Pakistani forces (India's and Pakistan's, so no side).
    const kel = events.features.find((f) => f.properties.report_ids === "UCDP-GED-59553")!;
    expect([kel.properties.first_date, kel.properties.killed_min, kel.properties.security_forces_killed_min]).toEqual(["1990-10-04", 2, 2]);
  });
});
