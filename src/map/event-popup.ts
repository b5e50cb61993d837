import type { EventSummary, FigureRange } from "../core/events/events";
import { describeAgreement, describeReportCount, formatEventDates, formatRange } from "../core/events/format-event";
import { groupLabel } from "../core/reports/victim-groups";
import { formatEventDate, formatInjured, formatKilled } from "../core/reports/format-report";
import type { ReportProperties } from "../core/reports/report";
import { el } from "./dom-text";

/** Each victim group's range across the sources, claims last and marked; figures of no stated group are not compared. */
function groupTable(event: EventSummary): HTMLElement {
  const table = el("table", "event-popup__groups");
  table.append(el("caption", "", "Killed and injured by group: lowest–highest figure the sources give"));
  const head = el("tr", "");
  for (const h of ["Who", "Killed", "Injured", "Sources"]) head.append(el("th", "", h));
  table.append(el("thead", ""), el("tbody", ""));
  table.tHead!.append(head);
  for (const g of event.groups) {
    const row = el("tr", g.claim ? "event-popup__claim" : "");
    row.dataset.group = `${g.group}${g.side ? `:${g.side}` : ""}${g.claim ? ":claim" : ""}`;
    const who = `${groupLabel(g.group, g.side)}${g.claim ? " (a claim by the other side)" : ""}`;
    const cell = (range: FigureRange | null) => {
      const td = el("td", range?.disagree && g.group !== "unstated" ? "event-popup__figure event-popup__figure--disagree" : "event-popup__figure", formatRange(range, "")?.trim() ?? "–");
      if (range?.disagree && g.group !== "unstated") td.title = "Sources give different figures for this group";
      return td;
    };
    const sources = Math.max(g.killed?.sources ?? 0, g.injured?.sources ?? 0);
    row.append(el("td", "", who), cell(g.killed), cell(g.injured), el("td", "event-popup__figure", String(sources)));
    table.tBodies[0]!.append(row);
  }
  return table;
}

/**
 * The popup of an event: how far its sources agree, group by group, then every report side
 * by side in a table (source, date, place, killed, injured, link). Text from
 * the data is set as text, never as markup.
 */
export function buildEventPopup(event: EventSummary, reports: readonly ReportProperties[]): HTMLElement {
  const root = el("div", "event-popup");
  root.dataset.eventId = event.id;
  root.append(el("h3", "event-popup__title", `Event ${event.id} · ${formatEventDates(event)}`));
  root.append(el("p", "event-popup__count", describeReportCount(event)));
  root.append(el("p", event.disagree ? "event-popup__agreement event-popup__agreement--disagree" : "event-popup__agreement", describeAgreement(event)));
  if (event.groups.length > 0) root.append(groupTable(event));
  const table = el("table", "event-popup__table");
  const head = el("tr", "");
  for (const h of ["Source", "Date", "Place", "Killed", "Injured", ""]) head.append(el("th", "", h));
  table.append(el("thead", ""), el("tbody", ""));
  table.tHead!.append(head);
  for (const p of reports) {
    const row = el("tr", "");
    row.dataset.reportId = p.id;
    row.append(el("td", "", p.source), el("td", "", formatEventDate(p.event_date, p.time_precision)), el("td", "", p.location));
    row.append(el("td", "event-popup__who", formatKilled(p)), el("td", "event-popup__who", formatInjured(p)));
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
