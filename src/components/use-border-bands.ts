import { useMemo } from "react";
import { DEFAULT_BANDS_KM } from "../core/bands/band-distances";
import { isActive } from "../core/view/report-filter";
import type { DistanceMode } from "../core/view/distance-band";
import type { BandsStatus } from "../state/work-status";
import { useAppState, useStore } from "../state/use-app-state";

export interface BorderBandsPanelProps {
  distancesKm: readonly number[];
  status: BandsStatus | null;
  /** The distance filter's far end (km), the one filter the "within N km" field and the filter panel's band share; null: none. */
  withinKm: number | null;
  /** Its near end, when the filter panel sets one. */
  fromKm: number | null;
  /** Whether the band keeps reports possibly or certainly in it (their range of distances touching it, or wholly inside). */
  mode: DistanceMode;
  /** Reports the distance filter alone keeps in each mode, and all reports; `kept` is null until their distances are measured. */
  kept: Record<DistanceMode, number> | null;
  total: number;
  onDistances: (km: number[]) => void;
  onWithinKm: (km: number | null) => void;
  onMode: (mode: DistanceMode) => void;
}

/** The bands panel's view of the store: the bands asked for and their status, and the distance filter (the filter panel's band). */
export function useBorderBands(): BorderBandsPanelProps {
  const store = useStore();
  const bands = useAppState((s) => s.view.bands ?? DEFAULT_BANDS_KM);
  const status = useAppState((s) => s.bands);
  const filter = useAppState((s) => s.view.filter);
  const shown = useAppState((s) => s.shown);
  const measured = useAppState((s) => s.facts !== null);
  return useMemo(
    () => ({
      distancesKm: bands,
      status,
      withinKm: filter.distanceToKm,
      fromKm: filter.distanceFromKm,
      mode: filter.distanceMode,
      kept: measured && isActive(filter, "distanceFromKm") ? shown.byDistanceMode : null,
      total: shown.total,
      onDistances: (km: number[]) => store.setBandDistances(km),
      onWithinKm: (km: number | null) => store.setFilter({ distanceToKm: km }),
      onMode: (mode: DistanceMode) => store.setFilter({ distanceMode: mode }),
    }),
    [store, bands, status, filter, shown, measured],
  );
}
