import { createContext, useContext, useSyncExternalStore } from "react";
import type { AppState, AppStore } from "./app-store";
import type { Page } from "./page";
import type { MapHandle } from "./map-handle";

/** The page's store, its map handle, its address and its workers, given once at the root (`main.tsx`). */
export const StoreContext = createContext<Page | null>(null);

/** The whole page's state holders (the address, for a snapshot file's view; the workers, for a picture's wait). */
export function usePage(): Page {
  return useContextValue();
}

function useContextValue(): Page {
  const value = useContext(StoreContext);
  if (!value) throw new Error("useAppState needs the StoreContext provider (main.tsx)");
  return value;
}

/** The store, for its actions. */
export function useStore(): AppStore {
  return useContextValue().store;
}

/** The map's commands (jump, open a report or event, capture). */
export function useMapHandle(): MapHandle {
  return useContextValue().map;
}

/**
 * A part of the store's state; the component renders again when that part
 * changes. `select` must return a value kept in the state (or a primitive),
 * not a new object each call.
 */
export function useAppState<T>(select: (state: AppState) => T): T {
  const { store } = useContextValue();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
