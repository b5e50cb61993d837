import { memo, useEffect, useMemo, useState } from "react";
import type { FeatureCollection, Point } from "geojson";
import { searchPlaces, type Place } from "../core/places/place-search";
import { geodataUrls } from "../data/geodata-urls";

interface Props {
  onPlace: (place: Place) => void;
}

type Named = FeatureCollection<Point, { id?: string; name: string; name_alt?: string[]; geonames_id?: number }>;

/** The project's places (with their other names), then the basemap's GeoNames towns: files the app ships. */
async function loadGazetteer(): Promise<Place[]> {
  const urls = geodataUrls();
  const [own, towns] = await Promise.all(
    [urls.places, `${urls.publicBase}basemap/cities.geojson`].map(async (url) => (await (await fetch(url)).json()) as Named),
  );
  const toPlace = (from: string) => (f: Named["features"][number], i: number): Place => ({
    id: f.properties.id ?? `geonames-${f.properties.geonames_id ?? i}`,
    name: f.properties.name,
    names: f.properties.name_alt ?? [],
    lon: f.geometry.coordinates[0]!,
    lat: f.geometry.coordinates[1]!,
    from,
  });
  return [...own!.features.map(toPlace("the project's places")), ...towns!.features.map(toPlace("GeoNames towns"))];
}

/** Find a place by any spelling (Spin Boldak, سپین بولدک, Wesh, Torkham…) and move the map there. */
export const PlaceSearch = memo(function PlaceSearch({ onPlace }: Props) {
  const [places, setPlaces] = useState<Place[]>([]);
  const [query, setQuery] = useState("");
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    void loadGazetteer().then(setPlaces, (error: unknown) => console.error("Could not load the gazetteer", error));
  }, []);
  const matches = useMemo(() => searchPlaces(query, places), [query, places]);
  const go = (place: Place) => {
    onPlace(place);
    setShown(place.name);
  };
  return (
    <section className="panel search" aria-labelledby="search-title">
      <h2 id="search-title">Find a place</h2>
      <input
        type="search"
        name="place-search"
        aria-label="Place name, in any spelling"
        placeholder="Spin Boldak, چمن, Torkham…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && matches[0]) go(matches[0].place);
        }}
      />
      {query.trim() !== "" && (
        <ul className="search__results" aria-label="Places found">
          {matches.length === 0 && <li className="hint">No place of that name in the app&apos;s gazetteer.</li>}
          {matches.map(({ place, matched }) => (
            <li key={place.id}>
              <button type="button" className="link-button search__result" onClick={() => go(place)}>
                {place.name}
                {matched !== place.name ? ` (${matched})` : ""}
              </button>{" "}
              <span className="filter__count">{place.from}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {shown ? `The map shows ${shown}.` : ""}
      </p>
    </section>
  );
});
