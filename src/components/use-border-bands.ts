import { useEffect, useMemo, useState } from "react";
import { DEFAULT_BANDS_KM } from "../core/band-distances";
import type { ReportFeature } from "../core/report";
import type { BandsStatus } from "../map/border-map";

/** What MapView passes down to the map for the bands and the distance filter, and the events it sends back up. */
export interface MapBandsProps {
  distancesKm: readonly number[];
  withinKm: number | null;
  onBands: (status: BandsStatus) => void;
  onBorderDistances: (distancesM: ReadonlyMap<string, number>) => void;
}

export interface BorderBandsPanelProps {
  distancesKm: readonly number[];
  status: BandsStatus | null;
  withinKm: number | null;
  /** Reports within `withinKm` and all reports; `kept` is null until their distances are measured. */
  kept: number | null;
  total: number;
  onDistances: (km: number[]) => void;
  onWithinKm: (km: number | null) => void;
}

/** State of the bands and the "within N km" filter, shared by the panel and the map; neither holds the other. */
export function useBorderBands(
  reports: readonly ReportFeature[],
  initial: { distancesKm?: readonly number[]; withinKm?: number } = {},
): { panel: BorderBandsPanelProps; map: MapBandsProps } {
  const [distancesKm, setDistancesKm] = useState<readonly number[]>(initial.distancesKm ?? DEFAULT_BANDS_KM);
  const [status, setStatus] = useState<BandsStatus | null>(null);
  const [withinKm, setWithinKm] = useState<number | null>(initial.withinKm ?? null);
  const [measured, setMeasured] = useState<ReadonlyMap<string, number> | null>(null);
  // New reports: the old distances no longer count them.
  useEffect(() => setMeasured(null), [reports]);

  const kept = useMemo(() => {
    if (!measured || withinKm === null) return null;
    const limitM = withinKm * 1000;
    return reports.filter((r) => (measured.get(r.properties.id) ?? Infinity) <= limitM).length;
  }, [reports, measured, withinKm]);

  return useMemo(
    () => ({
      panel: { distancesKm, status, withinKm, kept, total: reports.length, onDistances: (km: number[]) => setDistancesKm((old) => (old.join(",") === km.join(",") ? old : km)), onWithinKm: setWithinKm },
      map: { distancesKm, withinKm, onBands: setStatus, onBorderDistances: setMeasured },
    }),
    [distancesKm, status, withinKm, kept, reports.length],
  );
}
