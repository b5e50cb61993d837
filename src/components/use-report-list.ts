import { useMemo, useState } from "react";
import { listKeys, listRows, type ListRow, type ListSort } from "../core/view/report-list";
import { useAppState, useMapHandle, useStore } from "../state/use-app-state";

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

/** The reports the store shows that lie in the map's view, sorted: the list's rows, and how many. */
export function useReportList(onOpened: () => void = () => undefined): ReportListProps {
  const store = useStore();
  const map = useMapHandle();
  const reports = useAppState((s) => s.dataset?.reports);
  const shown = useAppState((s) => s.shown);
  const facts = useAppState((s) => s.facts);
  const bounds = useAppState((s) => s.bounds);
  const hovered = useAppState((s) => s.hovered);
  const inView = useAppState((s) => s.inView);
  const [sort, setSort] = useState<{ by: ListSort; descending: boolean }>({ by: "date", descending: true });

  const keys = useMemo(() => listKeys(reports ?? [], facts?.distancesM, sort.by, sort.descending), [reports, facts, sort]);
  const rows = useMemo(() => listRows(reports ?? [], shown.mask, facts?.distancesM, bounds, keys, LISTED_ROWS), [reports, shown, facts, bounds, keys]);

  return useMemo(
    () => ({
      rows,
      inView,
      shown: shown.kept,
      sort,
      hovered,
      // A second click on the same column turns the order round.
      onSort: (by: ListSort) => setSort((s) => ({ by, descending: s.by === by ? !s.descending : by !== "distance" && by !== "nearest" })),
      onHover: (id: string | null) => store.setHovered(id),
      onOpen: (id: string) => {
        onOpened();
        map.run((m) => m.focusReport(id));
      },
    }),
    [store, map, rows, inView, shown, sort, hovered, onOpened],
  );
}
