import { useMemo, useState } from "react";
import { alongBorderPoints, selectAlongBorder, type AlongBorderSelection } from "../core/along-border-chart";
import type { ReportFeature } from "../core/report";

export interface MapAlongProps {
  /** Reports to show alone (the chart's selection); null: no such filter. */
  onlyIds: readonly string[] | null;
  onAlongBorder: (alongKm: ReadonlyMap<string, number>, borderKm: number) => void;
}

/** State of the chart along the border: where each report is along it (measured by the map's worker) and the selection. */
export function useAlongBorder(reports: readonly ReportFeature[], initialSelection: AlongBorderSelection | null = null) {
  const [measured, setMeasured] = useState<{ alongKm: ReadonlyMap<string, number>; borderKm: number } | null>(null);
  const [selection, setSelection] = useState<AlongBorderSelection | null>(initialSelection);
  const points = useMemo(() => (measured ? alongBorderPoints(reports, measured.alongKm) : []), [reports, measured]);
  const onlyIds = useMemo(() => (selection ? selectAlongBorder(points, selection) : null), [points, selection]);
  return useMemo(
    () => ({
      panel: { points, borderKm: measured?.borderKm ?? 2_800, selection, onSelect: setSelection },
      map: { onlyIds, onAlongBorder: (alongKm: ReadonlyMap<string, number>, borderKm: number) => setMeasured({ alongKm, borderKm }) } as MapAlongProps,
    }),
    [points, measured, selection, onlyIds],
  );
}
