import type { EventSummary } from "../core/events/events";
import { describeAgreement, describeReportCount, formatEventDates } from "../core/events/format-event";
import { formatEventDate, formatInjured, formatKilled } from "../core/reports/format-report";
import type { ReportProperties } from "../core/reports/report";
import { el } from "./dom-text";

/**
 * The popup of an event: how far its sources agree, then every report side
 * by side in a table (source, date, place, killed, injured, link). Text from
 * the data is set as text, never as markup.
 */
export function buildEventPopup(event: EventSummary, reports: readonly ReportProperties[]): HTMLElement {
  const root = el("div", "event-popup");
  root.dataset.eventId = event.id;
  root.append(el("h3", "event-popup__title", `Event ${event.id} · ${formatEventDates(event)}`));
  root.append(el("p", "event-popup__count", describeReportCount(event)));
  root.append(el("p", event.disagree ? "event-popup__agreement event-popup__agreement--disagree" : "event-popup__agreement", describeAgreement(event)));
  const table = el("table", "event-popup__table");
  const head = el("tr", "");
  for (const h of ["Source", "Date", "Place", "Killed", "Injured", ""]) head.append(el("th", "", h));
  table.append(el("thead", ""), el("tbody", ""));
  table.tHead!.append(head);
  for (const p of reports) {
    const row = el("tr", "");
    row.dataset.reportId = p.id;
    row.append(el("td", "", p.source), el("td", "", formatEventDate(p.event_date, p.time_precision)), el("td", "", p.location));
    row.append(el("td", "event-popup__figure", formatKilled(p)), el("td", "event-popup__figure", formatInjured(p)));
    const cell = el("td", "");
    if (p.source_url) {
      const link = el("a", "", "source");
      link.href = p.source_url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      cell.append(link);
    } else {
      cell.textContent = "no address";
      cell.title = p.source_note ?? "";
    }
    row.append(cell);
    table.tBodies[0]!.append(row);
  }
  root.append(table);
  return root;
}
