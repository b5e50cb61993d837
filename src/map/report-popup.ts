import {
  describeGeoPrecision,
  describeTimePrecision,
  formatEventDate,
  formatInjured,
  formatKilled,
} from "../core/reports/format-report";
import type { ReportProperties } from "../core/reports/report";
import { el } from "./dom-text";

function row(list: HTMLElement, label: string, value: string): void {
  list.append(el("dt", "", label), el("dd", "", value));
}

function reportSection(p: ReportProperties): HTMLElement {
  const section = el("section", "report-popup__report");
  section.dataset.reportId = p.id;
  section.append(el("h3", "report-popup__title", `${formatEventDate(p.event_date, p.time_precision)} · ${p.location}`));
  section.append(el("p", "report-popup__type", p.sub_event_type));
  const figures = el("dl", "report-popup__figures");
  row(figures, "Killed", formatKilled(p));
  row(figures, "Injured", formatInjured(p));
  row(figures, "Source", p.source);
  row(figures, "Date precision", describeTimePrecision(p.time_precision));
  row(figures, "Place precision", describeGeoPrecision(p.geo_precision, p.accuracy_m));
  row(figures, "Border", "measuring…");
  (figures.lastElementChild as HTMLElement).dataset.borderFor = p.id;
  section.append(figures);
  if (p.notes) section.append(el("p", "report-popup__notes", p.notes));
  if (p.source_url) {
    const link = el("a", "report-popup__link", "Read the source");
    link.href = p.source_url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    section.append(link);
  } else {
    section.append(el("p", "report-popup__nolink", `No source address: ${p.source_note ?? "none given"}`));
  }
  return section;
}

/**
 * The popup for the reports under a click. Several accounts of one place are
 * listed one under another, each with its own figures and source.
 */
export function buildReportPopup(reports: readonly ReportProperties[]): HTMLElement {
  const root = el("div", "report-popup");
  // A long stack scrolls: focusable and named, so that the keyboard can scroll it too.
  root.tabIndex = 0;
  root.setAttribute("role", "region");
  root.setAttribute("aria-label", reports.length > 1 ? `${reports.length} reports at this place` : "The report at this place");
  if (reports.length > 1) {
    const dates = new Set(reports.map((p) => p.event_date)).size;
    root.append(
      el(
        "p",
        "report-popup__summary",
        `${reports.length} reports here, on ${dates} ${dates === 1 ? "date" : "dates"}; each source's figures as it gives them.`,
      ),
    );
  }
  for (const p of reports) root.append(reportSection(p));
  return root;
}
