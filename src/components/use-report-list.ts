import type { Feature, Point } from "geojson";
import { useMemo, useState } from "react";
import type { DisplayProperties } from "../core/display-reports";
import { inBounds, sortRows, type Bounds, type ListRow, type ListSort } from "../core/report-list";

/** A report to open on the map; `seq` makes each request new. */
export interface FocusRequest {
  id: string;
  seq: number;
}

export interface MapListProps {
  focus: FocusRequest | null;
  hovered: string | null;
  onShown: (features: readonly Feature<Point, DisplayProperties>[]) => void;
  onView: (bounds: Bounds) => void;
  onHover: (id: string | null) => void;
}

/** Rows drawn at once: enough to scan, few enough that 100,000 reports in view do not stall the page. */
export const LISTED_ROWS = 200;

export interface ReportListProps {
  /** The first rows in the chosen order, at most `LISTED_ROWS`. */
  rows: ListRow[];
  /** Reports in the map's view that the filters keep. */
  inView: number;
  /** Reports shown by the filters, in view or not. */
  shown: number;
  sort: { by: ListSort; descending: boolean };
  hovered: string | null;
  onSort: (by: ListSort) => void;
  onHover: (id: string | null) => void;
  onOpen: (id: string) => void;
}

/** The list of reports in the map's view and in the filters: shared by the list and the map. */
export function useReportList(): { panel: ReportListProps; map: MapListProps; shown: readonly Feature<Point, DisplayProperties>[] } {
  const [shown, setShown] = useState<readonly Feature<Point, DisplayProperties>[]>([]);
  const [bounds, setBounds] = useState<Bounds | null>(null);
  const [sort, setSort] = useState<{ by: ListSort; descending: boolean }>({ by: "date", descending: true });
  const [hovered, setHovered] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);

  const rows = useMemo(() => {
    const inView: ListRow[] = [];
    for (const f of shown) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const row = { p: f.properties, lon, lat, distanceM: f.properties.border_distance_m };
      if (!bounds || inBounds(row, bounds)) inView.push(row);
    }
    return { listed: sortRows(inView, sort.by, sort.descending, LISTED_ROWS), inView: inView.length };
  }, [shown, bounds, sort]);

  return useMemo(
    () => ({
      panel: {
        rows: rows.listed,
        inView: rows.inView,
        shown: shown.length,
        sort,
        hovered,
        // A second click on the same column turns the order round.
        onSort: (by: ListSort) => setSort((s) => ({ by, descending: s.by === by ? !s.descending : by !== "distance" })),
        onHover: setHovered,
        onOpen: (id: string) => setFocus((f) => ({ id, seq: (f?.seq ?? 0) + 1 })),
      },
      map: { focus, hovered, onShown: setShown, onView: setBounds, onHover: setHovered },
      shown,
    }),
    [rows, shown, sort, hovered, focus],
  );
}
