import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importReports } from "../../src/core/io/import-reports";
import { readRepoText } from "../support/read-json";
import { cli } from "../support/run-cli";

/**
 * placemark/togeojson's KML test files, as Google Earth, My Maps, Timeline and GDAL write them, through the
 * map's reader and `distance`. A placemark with a usable Point (one "longitude,latitude[,altitude]") is read;
 * every other one is named with the reason on "geometry"; a file with no placemark at all is one file-level problem.
 */
const DIR = "tests/fixtures/interop/togeojson";
const TODAY = "2026-12-05";
const BORDER_COLUMNS = ["border_distance_m", "border_side", "border_nearest_lon", "border_nearest_lat", "border_along_km"];

/** [placemarks, placemarks with a usable Point], counted by reading each file. */
const COUNTS: Record<string, [number, number]> = {
  addresses: [15, 0], // Timeline: each <Point><coordinates/></Point> is empty, the path is a gx:Track
  bad: [3, 0], // <coordinates>no,no</coordinates>, a LineString, a Polygon
  cdata: [1, 1],
  extended_data: [1, 1],
  ground_overlay: [0, 0],
  ground_overlay_quad: [0, 0],
  gxmultitrack: [3, 2],
  gxtrack: [1, 0],
  inline_style: [3, 0],
  inline_style_mini: [1, 0],
  linear_ring: [1, 0],
  linestring: [2, 0],
  literal_color: [1, 0],
  multigeometry: [1, 0],
  multigeometry_discrete: [1, 0], // a Point and a LineString in one MultiGeometry: not one place
  multigeometry_sibling: [1, 0],
  multitrack: [3, 2],
  networklink: [0, 0],
  nogeomplacemark: [1, 0],
  non_gx_multitrack: [3, 2],
  noname: [1, 0],
  null_geometry: [1, 0],
  opacity_override: [1, 0],
  point: [1, 1],
  point_extra_coordinates: [1, 0], // "-122.08,37.42,0,20": four numbers
  point_id: [1, 1],
  polygon: [1, 0],
  schema: [1, 0],
  selfclosing: [1, 0],
  simpledata: [2, 2],
  style: [3, 3],
  style_url: [1, 0],
  styles: [2, 1],
  timespan: [1, 0],
  twopoints: [2, 2],
};

/**
 * An independent count by pattern (no XML parser): each <Placemark>…</Placemark>, and those whose only geometry is one
 * <Point> holding one tuple of two or three numbers.
 */
function countByPattern(text: string): [number, number] {
  const blocks = text.match(/<Placemark[\s>][\s\S]*?<\/Placemark>/g) ?? [];
  const withPoint = blocks.filter((block) => {
    const geometries = block.match(/<(?:\w+:)?(Point|LineString|LinearRing|Polygon|Track|MultiTrack|Model)[\s>/]/g) ?? [];
    if (geometries.length !== 1 || !/^<Point/.test(geometries[0]!)) return false;
    const coordinates = /<Point[^>]*>[\s\S]*?<coordinates>([\s\S]*?)<\/coordinates>/.exec(block)?.[1] ?? "";
    return /^\s*-?\d+(\.\d+)?,-?\d+(\.\d+)?(,-?\d+(\.\d+)?)?\s*$/.test(coordinates);
  });
  return [blocks.length, withPoint.length];
}

const files = readdirSync(new URL(`../../${DIR}`, import.meta.url))
  .filter((f) => f.endsWith(".kml"))
  .map((f) => f.replace(/\.kml$/, ""))
  .sort();

type Collection = { features: { geometry: { type: string; coordinates: number[] } | null; properties: Record<string, unknown> }[] };

async function distanceOf(name: string) {
  const result = await cli("distance", `${DIR}/${name}.kml`);
  return { ...result, collection: result.status === 2 ? null : (JSON.parse(result.stdout) as Collection) };
}

describe("togeojson's KML through the map's reader and `distance`", () => {
  it("has a count for every file, and the pattern count agrees with it", () => {
    expect(files).toEqual(Object.keys(COUNTS).sort());
    for (const name of files) expect(countByPattern(readRepoText(`${DIR}/${name}.kml`)), name).toEqual(COUNTS[name]);
  });

  for (const name of Object.keys(COUNTS)) {
    const [placemarks, points] = COUNTS[name]!;
    it(`${name}: ${placemarks} placemark(s), ${points} with a Point`, async () => {
      const read = importReports(readRepoText(`${DIR}/${name}.kml`), `${name}.kml`, { today: TODAY });
      expect(read.format).toBe("kml");
      // None of these is a report (they have no event type, source...), so each placemark is refused by number.
      expect(read.reports).toHaveLength(0);
      const { status, stdout, stderr, collection } = await distanceOf(name);
      if (placemarks === 0) {
        expect(read.issues).toHaveLength(1);
        expect(read.issues[0]!.feature).toBeNull();
        expect(read.issues[0]!.message).toMatch(/^has no <Placemark>, so there is no report in it/);
        expect(status).toBe(2);
        expect(stdout).toBe("");
        expect(stderr).toBe(`error: ${DIR}/${name}.kml: ${read.issues[0]!.message}\n`);
        return;
      }
      expect(new Set(read.issues.map((i) => i.feature))).toEqual(new Set(Array.from({ length: placemarks }, (_, k) => k + 1)));
      expect(read.issues.every((i) => i.unit === "placemark")).toBe(true);
      // The placemarks without a usable Point, and only they, have a problem on "geometry".
      const geometryProblems = new Set(read.issues.filter((i) => i.field === "geometry" && i.severity !== "warning").map((i) => i.feature));
      expect(geometryProblems.size).toBe(placemarks - points);

      // distance: every placemark a feature, in order; the Points as Points with the border columns (these files lie in
      // California or Europe, beyond the 2,000 km the tool answers for: the columns are there, empty, and each is said).
      expect(status).toBe(3);
      expect(collection!.features).toHaveLength(placemarks);
      const pointFeatures = collection!.features.filter((f) => f.geometry?.type === "Point");
      expect(pointFeatures).toHaveLength(points);
      for (const f of collection!.features) for (const column of BORDER_COLUMNS) expect(Object.keys(f.properties)).toContain(column);
      collection!.features.forEach((f, k) => {
        expect(geometryProblems.has(k + 1)).toBe(f.geometry === null);
        if (f.geometry === null) expect(stderr).toContain(`feature ${k + 1}: geometry is missing, not a Point`);
        else expect(stderr).toMatch(new RegExp(`feature ${k + 1}: about \\d+ km from the border, beyond the 2000 km`));
      });
    });
  }

  it("extended_data: <Data name=\"foo\"><value>bar</value> arrives as the property foo, and <name> as the location", async () => {
    const { collection } = await distanceOf("extended_data");
    expect(collection!.features[0]!.properties).toMatchObject({ name: "Extended data placemark", foo: "bar" });
    const read = importReports(readRepoText(`${DIR}/extended_data.kml`), "extended_data.kml", { today: TODAY });
    expect(read.issues.filter((i) => i.field === "location")).toEqual([]);
  });

  it("simpledata: each <SimpleData name> arrives as a property, its name lower-cased, its text as written", async () => {
    const { collection } = await distanceOf("simpledata");
    expect(collection!.features.map((f) => f.properties)).toMatchObject([
      { name: "Easy trail", trailheadname: "Pi in the sky", traillength: "3.14159", elevationgain: "10" },
      { name: "Difficult trail", trailheadname: "Mount Everest", traillength: "347.45", elevationgain: "10000" },
    ]);
  });

  it("schema: the SchemaData of a polygon placemark arrives too (gid 167001, cn_cv_1109 89%)", async () => {
    const { collection } = await distanceOf("schema");
    expect(collection!.features[0]!.geometry).toBeNull();
    expect(collection!.features[0]!.properties).toMatchObject({ gid: "167001", plotno_plot_number: "167001", tream_treatment_number: "16" });
    expect(readRepoText(`${DIR}/schema.kml`)).toContain('<SimpleData name="cn_cv_1109">89%</SimpleData>');
    expect(collection!.features[0]!.properties.cn_cv_1109).toBe("89%");
  });

  it("cdata: the description's CDATA text arrives as it is written", async () => {
    const { collection } = await distanceOf("cdata");
    expect(String(collection!.features[0]!.properties.description).trim()).toBe("Here is some text");
    expect(collection!.features[0]!.geometry!.coordinates).toEqual([-122.0822035425683, 37.42228990140251]);
  });

  it("point_extra_coordinates and addresses: a Point's coordinates that are not one lon,lat[,alt] are named with what they hold", () => {
    const extra = importReports(readRepoText(`${DIR}/point_extra_coordinates.kml`), "x.kml", { today: TODAY });
    expect(extra.issues.find((i) => i.field === "geometry")!.message).toContain('got "-122.0822035425683,37.42228990140251,0,20"');
    const empty = importReports(readRepoText(`${DIR}/addresses.kml`), "x.kml", { today: TODAY });
    const geometry = empty.issues.filter((i) => i.field === "geometry");
    expect(geometry).toHaveLength(15);
    for (const i of geometry) expect(i.message).toMatch(/got ""$/);
  });
});
