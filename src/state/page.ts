import { decodeViewState } from "../core/view/url-state";
import { BASEMAPS, LAYER_GROUPS } from "../map/layer-groups";
import { AddressSync } from "./address";
import { AppStore } from "./app-store";
import { DerivedWork } from "./derived-work";
import { MapHandle } from "./map-handle";

/** What a link may name: the app's own lists. */
export const VIEW_CHOICES = { layerGroups: LAYER_GROUPS.map((g) => g.id), basemaps: BASEMAPS.map((b) => b.id), views: ["reports", "clusters", "events"] };

/** The page's state holders: the store, the map handle, the address kept in step, and the workers' runner. */
export interface Page {
  store: AppStore;
  map: MapHandle;
  address: AddressSync;
  work: DerivedWork;
  /** The map calls this once its first reports are on screen: the workers start then. */
  firstDrawn: () => void;
}

/**
 * Makes the page's state from its address: the view the link asks for (and
 * what in it could not be used), on a page that draws the online basemap or not.
 */
export function startPage(online: boolean): Page {
  const { state, problems } = decodeViewState(window.location.hash, VIEW_CHOICES);
  const notices =
    !online && state.basemap === "osm"
      ? [...problems, '"basemap=osm" not applied: this page draws only the offline basemap and asks no other server; pick OpenStreetMap under Layers to load it']
      : problems;
  // The basemap is the page's: online.html shows OpenStreetMap, index.html the offline one (their policies allow no other).
  const store = new AppStore({ ...state, basemap: online ? "osm" : undefined }, notices);
  const map = new MapHandle();
  let firstDrawn: () => void = () => undefined;
  const firstDraw = new Promise<void>((resolve) => (firstDrawn = resolve));
  const work = new DerivedWork(store, firstDraw);
  const address = new AddressSync(store, map, VIEW_CHOICES);
  return { store, map, address, work, firstDrawn };
}
