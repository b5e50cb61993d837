export const USAGE = `usage: npm run cli -- distance INPUT [--out FILE]
       npm run cli -- cluster INPUT [--eps-km 15] [--eps-hours 48] [--min-points 1] [--events FILE] [--out FILE]
       npm run cli -- snapshot --state 'HASH' --out map.png [--width 1600] [--height 1000] [--data FILE]
       npm run -s cli -- validate INPUT [--max-mb 512]
       npm run synth -- COUNT [--seed 1] [--out FILE]   (synthetic reports for scale tests)

  INPUT   a GeoJSON FeatureCollection of points (or a single Feature), a CSV with latitude and longitude columns,
          or KML (its placemarks, written out as GeoJSON)
  --out   write there instead of standard output

distance  adds border_distance_m, border_side, border_nearest_lon, border_nearest_lat, border_along_km; when the
          input gives accuracy_m (metres), border_distance_min_m and border_distance_max_m after border_distance_m:
          the range max(0, d − accuracy_m) to d + accuracy_m the place allows (without it, no range is known).
cluster   adds event_id: reports within --eps-km (WGS84 geodesic) and --eps-hours of one another, chained,
          are one event (space-time DBSCAN; --eps-hours inf: space only; --min-points counts the report itself).
          Reads event_date (YYYY-MM-DD or 15 October 2025), time_precision (1 day, 2 week, 3 month; 1 if absent),
          source, each victim group's figures (civilians_killed, ..., source_side), else killed/… and injured/…
          (or ACLED's fatalities) as of a group not stated.
  --events  write the events there as GeoJSON points: reports, dates, sources, killed and injured by group, extent

validate  checks a file of reports (GeoJSON, ACLED CSV, KML, snapshot file) as the map reads it: "N valid, M invalid",
          then each problem with its row or feature and field (exit 0 all valid, 3 some invalid, 2 unreadable).
snapshot  the view a permalink describes, as the app's PNG (title, filters, legend, scale, credits, link), drawn
          headless in the system's Chromium; see npm run cli -- snapshot --help.

Exit status: 0 every row computed, 3 some rows could not be (named on standard error, kept with empty columns),
2 the input or an option cannot be read. After npm run build, npx border-map COMMAND ... runs the same, built
(dist/cli: each command loads only what it needs).`;
