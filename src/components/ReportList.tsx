import { memo, type KeyboardEvent } from "react";
import { formatEventDate, formatInjured, formatKilled } from "../core/reports/format-report";
import { formatReportDistance } from "../core/distance/format-distance-range";
import type { ListSort } from "../core/view/report-list";
import { LISTED_ROWS, type ReportListProps } from "./use-report-list";


/** Each column's sorts: a column may sort more than one way (the border: by its best estimate or by the nearest possible end). */
const COLUMNS: { label: string; sorts: { by: ListSort; label: string }[] }[] = [
  { label: "Date", sorts: [{ by: "date", label: "Date" }] },
  { label: "Place", sorts: [] },
  { label: "Killed", sorts: [{ by: "casualties", label: "Killed" }] },
  { label: "Injured", sorts: [] },
  {
    label: "Border",
    sorts: [
      { by: "distance", label: "Border: best estimate" },
      { by: "nearest", label: "nearest possible" },
    ],
  },
  { label: "Source", sorts: [] },
];

/**
 * The reports in the map's view that the filters keep, in a table: sort by
 * date, casualties or distance to the border (its best estimate, or the
 * nearest end of the range its place's accuracy allows); the distance is
 * given with its range where `showsDistanceRange` says so; a row (click, Enter or Space)
 * moves the map to its report and opens it; the pointer over a row rings
 * its report on the map, and the pointer over a report marks its row.
 */
export const ReportList = memo(function ReportList({ rows, inView, shown, sort, hovered, onSort, onHover, onOpen }: ReportListProps) {
  const key = (id: string) => (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onOpen(id);
    }
  };
  return (
    <section className="panel report-list" aria-labelledby="list-title">
      <h2 id="list-title">Reports in view</h2>
      <p className="hint" data-testid="list-status">
        {inView.toLocaleString("en")} of {shown.toLocaleString("en")} shown reports are in the map&apos;s view
        {inView > LISTED_ROWS ? `; the first ${LISTED_ROWS} are listed: zoom in or filter to see the rest` : ""}.
      </p>
      <div className="report-list__scroll">
        <table>
          <caption className="visually-hidden">Reports in the map&apos;s view, one row each; choose a row to open it on the map</caption>
          <thead>
            <tr>
              {COLUMNS.map(({ label, sorts }) => {
                const sorted = sorts.some((s) => s.by === sort.by);
                return (
                  <th key={label} scope="col" aria-sort={sorted ? (sort.descending ? "descending" : "ascending") : undefined}>
                    {sorts.length === 0
                      ? label
                      : sorts.map(({ by, label: text }, i) => (
                          <span key={by}>
                            {i > 0 ? " · " : ""}
                            <button type="button" className="link-button" aria-pressed={sort.by === by} onClick={() => onSort(by)}>
                              {text}
                              {sort.by === by ? (sort.descending ? " ↓" : " ↑") : ""}
                            </button>
                          </span>
                        ))}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ p, distanceM }) => (
              <tr
                key={p.id}
                data-report-id={p.id}
                tabIndex={0}
                className={hovered === p.id ? "report-list__row report-list__row--hovered" : "report-list__row"}
                aria-label={`${p.event_date}, ${p.location}: open on the map`}
                onClick={() => onOpen(p.id)}
                onKeyDown={key(p.id)}
                onMouseEnter={() => onHover(p.id)}
                onMouseLeave={() => onHover(null)}
                onFocus={() => onHover(p.id)}
                onBlur={() => onHover(null)}
              >
                <td>{formatEventDate(p.event_date, p.time_precision)}</td>
                <td>{p.location}</td>
                <td className="report-list__figure">{formatKilled(p)}</td>
                <td className="report-list__figure">{formatInjured(p)}</td>
                <td className="report-list__figure">{distanceM === undefined ? "…" : formatReportDistance(distanceM, p.accuracy_m, p.geo_precision)}</td>
                <td>{p.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
