import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import type { Feature, FeatureCollection, Point } from "geojson";
import { describe, expect, it } from "vitest";
import { geodesicDistanceM } from "../../src/core/distance/geodesic";
import type { ReportCollection, ReportProperties } from "../../src/core/reports/report";
import { readRepoJson, readRepoText } from "../support/read-json";
import { cli } from "../support/run-cli";

/** The seed reports as the command writes them back: each with its event. */
type Clustered = FeatureCollection<Point, ReportProperties & { event_id: string | null }>;

const SEED = "geodata/reports.geojson";
const ACLED = "tests/fixtures/acled-reports.csv";

/** Ids grouped by an output's event_id, each group sorted, groups sorted: a partition to compare. */
function partition(pairs: readonly [id: string, event: string][]): string[][] {
  const groups = new Map<string, string[]>();
  for (const [id, event] of pairs) groups.set(event, [...(groups.get(event) ?? []), id]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

function tempFile(name: string): string {
  return join(mkdtempSync(join(tmpdir(), "cluster-cli-")), name);
}

async function clusterSeed(...options: string[]) {
  const out = tempFile("out.geojson");
  const events = tempFile("events.geojson");
  const run = await cli("cluster", SEED, "--out", out, "--events", events, ...options);
  return {
    ...run,
    reports: JSON.parse(readFileSync(out, "utf8")) as Clustered,
    events: JSON.parse(readFileSync(events, "utf8")) as FeatureCollection<Point>,
  };
}

const seed = readRepoJson<ReportCollection>(SEED).features;
const place = (id: string) => seed.find((f) => f.properties.id === id)!.geometry.coordinates;
const SPIN_BOLDAK = place("2025-10-15-spin-boldak-mujahid");

describe("npm run cli -- cluster on the seed reports", () => {
  it("makes one event of each day's accounts and leaves Kurram alone: 4 events, every feature in order", async () => {
    const { status, stderr, reports } = await clusterSeed();
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(reports.features.map((f) => f.properties.id)).toEqual(seed.map((f) => f.properties.id));
    // Kurram (2025-10-14) is within 48 hours of 2025-10-15 but far beyond 15 km from Spin Boldak.
    expect(geodesicDistanceM(place("2025-10-14-kurram-ptv"), SPIN_BOLDAK)).toBeGreaterThan(15_000);
    const byDate = partition(seed.map((f) => [f.properties.id, f.properties.event_date]));
    expect(byDate).toHaveLength(4);
    expect(partition(reports.features.map((f) => [f.properties.id, f.properties.event_id!]))).toEqual(byDate);
  });

  it("writes --events as GeoJSON whose every event is what its reports say", async () => {
    const { reports, events } = await clusterSeed();
    expect(events.type).toBe("FeatureCollection");
    expect(events.features).toHaveLength(4);
    const eventOf = new Map(reports.features.map((f) => [f.properties.id, f.properties.event_id]));
    for (const e of events.features) {
      const p = e.properties!;
      const members = seed.filter((f) => eventOf.get(f.properties.id) === p.event_id).map((f) => f.properties);
      const memberPlaces = seed.filter((f) => eventOf.get(f.properties.id) === p.event_id).map((f) => f.geometry.coordinates);
      expect(String(p.report_ids).split(";").sort()).toEqual(members.map((m) => m.id).sort());
      expect(p.reports).toBe(members.length);
      const dates = members.map((m) => m.event_date).sort();
      expect([p.first_date, p.last_date]).toEqual([dates[0], dates.at(-1)]);
      expect(p.sources).toBe(new Set(members.map((m) => m.source)).size);
      // Each group compared within itself: the seed's civilians are all Afghan, so their range is the lowest and highest any member gives.
      const civilians = members.filter((m) => m.civilians_killed != null);
      expect(p.civilians_killed_min).toBe(civilians.length ? Math.min(...civilians.map((m) => m.civilians_killed!)) : null);
      expect(p.civilians_killed_max).toBe(civilians.length ? Math.max(...civilians.map((m) => m.civilians_killed_max ?? m.civilians_killed!)) : null);
      // All groups: never fewer than the civilians, and nothing where no member gives a figure.
      if (civilians.length) expect(p.killed_min).toBeGreaterThanOrEqual(p.civilians_killed_min as number);
      if (members.every((m) => m.killed === null)) expect(p.killed_min).toBeNull();
      const lons = memberPlaces.map((c) => c[0]!);
      const lats = memberPlaces.map((c) => c[1]!);
      expect([p.extent_west, p.extent_south, p.extent_east, p.extent_north]).toEqual([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
      const [lon, lat] = e.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(Math.min(...lons));
      expect(lon).toBeLessThanOrEqual(Math.max(...lons));
      expect(lat).toBeGreaterThanOrEqual(Math.min(...lats));
      expect(lat).toBeLessThanOrEqual(Math.max(...lats));
    }
    // 2025-10-15: Mujahid says 12 civilians killed, AFP's officials 15: the sources disagree. The Pakistan Army's
    // 15-20 fighters are a claim, not added: 12 + 4 Pakistani security officials at the fewest, 15 + 4 at the most.
    const october = events.features.find((e) => String(e.properties!.report_ids).includes("2025-10-15-spin-boldak-mujahid"))!;
    expect(october.properties!.sources_disagree).toBe(true);
    expect([october.properties!.killed_min, october.properties!.killed_max]).toEqual([16, 19]);
    expect(october.properties!.casualties_by_group).toContain("Afghan security forces: 15–20 killed (a claim by the other side)");
  });

  it("splits Weesh from Spin Boldak with --eps-km below the distance between them", async () => {
    const weesh = "2025-11-06-weesh-homes-article";
    const apartM = geodesicDistanceM(place(weesh), SPIN_BOLDAK);
    expect(apartM).toBeGreaterThan(3_000);
    expect(apartM).toBeLessThan(15_000);
    const { status, reports } = await clusterSeed("--eps-km", "3");
    expect(status).toBe(0);
    const event = (id: string) => reports.features.find((f) => f.properties.id === id)!.properties.event_id;
    expect(reports.features.filter((f) => event(f.properties.id) === event(weesh)).map((f) => f.properties.id)).toEqual([weesh]);
  });

  it("with --min-points 3 makes an event only where 3 reports meet: the 2 accounts of 2025-12-05 stand alone", async () => {
    // Each day's accounts are all within 15 km of one another, so a day with 3 or more is one event;
    // a day with fewer has no core report, and each of its reports is an event of its own.
    const byDate = partition(seed.map((f) => [f.properties.id, f.properties.event_date]));
    const expected = partition(byDate.flatMap((ids) => (ids.length >= 3 ? ids.map((id) => [id, ids[0]!] as [string, string]) : ids.map((id) => [id, id] as [string, string]))));
    expect(expected.length).toBeGreaterThan(byDate.length);
    const { status, reports } = await clusterSeed("--min-points", "3");
    expect(status).toBe(0);
    expect(partition(reports.features.map((f) => [f.properties.id, f.properties.event_id!]))).toEqual(expected);
  });

  it.each(["inf", "Infinity"])("groups by place alone with --eps-hours %s: everything within 15 km of Spin Boldak is one event", async (inf) => {
    const { status, reports, events } = await clusterSeed("--eps-hours", inf);
    expect(status).toBe(0);
    const near = (f: Feature<Point>) => geodesicDistanceM(f.geometry.coordinates, SPIN_BOLDAK) <= 15_000;
    const expected = partition(seed.map((f) => [f.properties.id, near(f) ? "near" : f.properties.id]));
    expect(expected).toHaveLength(2);
    expect(partition(reports.features.map((f) => [f.properties.id, f.properties.event_id!]))).toEqual(expected);
    const dates = seed.filter(near).map((f) => f.properties.event_date).sort();
    const big = events.features.find((e) => e.properties!.reports === seed.filter(near).length)!;
    expect([big.properties!.first_date, big.properties!.last_date]).toEqual([dates[0], dates.at(-1)]);
  });
});

describe("npm run cli -- cluster on an ACLED-style CSV", () => {
  const fixture = Papa.parse<Record<string, string>>(readRepoText(ACLED), { header: true, skipEmptyLines: true }).data;
  const run = async (...options: string[]) => {
    const { status, stdout, stderr } = await cli("cluster", ACLED, ...options);
    return { status, stderr, rows: Papa.parse<Record<string, string>>(stdout, { header: true, skipEmptyLines: true }).data };
  };

  it("groups the valid rows, keeps every row and column in order, and names the bad-date and no-latitude rows (exit 3)", async () => {
    const { status, stderr, rows } = await run();
    expect(status).toBe(3);
    expect(rows.map(({ event_id: _, ...rest }) => rest)).toEqual(fixture);
    expect(Object.keys(rows[0]!)).toEqual([...Object.keys(fixture[0]!), "event_id"]);
    expect(stderr.trim().split("\n")).toEqual([
      `${ACLED}: row 4: event_date "32 October 2025" is not a calendar date written YYYY-MM-DD or DD Month YYYY; kept with an empty event_id`,
      `${ACLED}: row 5: latitude is missing; kept with an empty event_id`,
    ]);
    const eventOf = Object.fromEntries(rows.map((r) => [r.event_id_cnty, r.event_id]));
    expect([eventOf.TEST4, eventOf.TEST5]).toEqual(["", ""]);
    // TEST1 (Spin Boldak, "15 October 2025"), TEST2 (Chaman, 11 km away, "2025-10-15") and TEST7
    // (Weesh, "16 october 2025") are one event; Kurram (400 km) and Spin Boldak five days later are alone.
    expect(partition(rows.filter((r) => r.event_id).map((r) => [r.event_id_cnty!, r.event_id!]))).toEqual([["TEST1", "TEST2", "TEST7"], ["TEST3"], ["TEST6"]]);
  });

  it("takes ACLED's fatalities as the killed figures of the events it writes", async () => {
    const events = tempFile("events.geojson");
    const { rows } = await run("--events", events);
    const written = JSON.parse(readFileSync(events, "utf8")) as FeatureCollection<Point>;
    expect(written.features).toHaveLength(new Set(rows.map((r) => r.event_id).filter(Boolean)).size);
    for (const e of written.features) {
      const members = fixture.filter((r) => rows.find((o) => o.event_id_cnty === r.event_id_cnty)!.event_id === e.properties!.event_id);
      const fatalities = members.map((r) => Number(r.fatalities));
      expect(String(e.properties!.report_ids).split(";")).toEqual(members.map((r) => r.event_id_cnty));
      expect([e.properties!.killed_min, e.properties!.killed_max]).toEqual([Math.min(...fatalities), Math.max(...fatalities)]);
      expect([e.properties!.injured_min, e.properties!.injured_max]).toEqual([null, null]);
    }
  });

  it("with --eps-hours inf needs no date: the bad-date row joins Spin Boldak, and the event's dates come from its dated rows", async () => {
    const events = tempFile("events.geojson");
    const { status, stderr, rows } = await run("--eps-hours", "inf", "--events", events);
    expect(status).toBe(3);
    expect(stderr.trim().split("\n")).toEqual([`${ACLED}: row 5: latitude is missing; kept with an empty event_id`]);
    expect(partition(rows.filter((r) => r.event_id).map((r) => [r.event_id_cnty!, r.event_id!]))).toEqual([["TEST1", "TEST2", "TEST4", "TEST6", "TEST7"], ["TEST3"]]);
    const big = (JSON.parse(readFileSync(events, "utf8")) as FeatureCollection<Point>).features.find((e) => e.properties!.reports === 5)!;
    // 15 October (TEST1, TEST2) to 20 October (TEST6); TEST4's "32 October 2025" is no date at all.
    expect([big.properties!.first_date, big.properties!.last_date]).toEqual(["2025-10-15", "2025-10-20"]);
  });
});

describe("npm run cli -- cluster, options and unreadable input", () => {
  it.each([
    // Every rule of the values is tested in event-params.test.ts; here, that the command stops on them.
    [["--eps-km=-1"], "error: --eps-km must be 0 or more, got -1"],
    [["--eps-hours", "soon"], 'error: --eps-hours must be a number of hours, or inf for space only, got "soon"'],
    [["--min-points", "0"], 'error: --min-points must be a whole number of 1 or more, got "0"'],
  ])("exits 2 on %j with one clear line, before reading the input", async (options, message) => {
    const { status, stdout, stderr } = await cli("cluster", "tests/fixtures/no-such-file.csv", ...options);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${message}\n`);
  });

  it("exits 2 with one clear line for a file that is not there, and for one that is not points", async () => {
    const missing = await cli("cluster", "tests/fixtures/no-such-file.csv");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("error: cannot read tests/fixtures/no-such-file.csv: ENOENT\n");
    const bad = tempFile("bad.geojson");
    writeFileSync(bad, "{ not json");
    const json = await cli("cluster", bad);
    expect(json.status).toBe(2);
    expect(json.stderr.trim().split("\n")).toHaveLength(1);
    expect(json.stderr).toMatch(/bad\.geojson: not valid JSON/);
  });

  it("prints a usage naming the cluster options with --help", async () => {
    const { status, stdout } = await cli("cluster", "--help");
    expect(status).toBe(0);
    for (const option of ["--eps-km", "--eps-hours", "--min-points", "--events", "--out"]) expect(stdout).toContain(option);
  });
});
