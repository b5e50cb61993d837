import { memo, useMemo, useState } from "react";
import { FILTER_KEYS, filterOptions, isActive, NO_FILTER, type FilterKey, type ReportFilter } from "../core/view/report-filter";
import { describeFilter } from "../core/view/describe-filter";
import { NAMED_GROUPS, type ReportProperties } from "../core/reports/report";
import { GROUP_NAMES } from "../core/reports/victim-groups";
import { DISTANCE_MODES, type DistanceMode } from "../core/view/distance-band";
import { describeGeoPrecisionCode, describeTimePrecision } from "../core/reports/format-report";
import type { FilterPanelProps } from "./use-report-filter";

type ListKey = "eventTypes" | "subEventTypes" | "sources" | "sides" | "geoPrecisions" | "timePrecisions";

const SIDE_NAMES: Record<string, string> = { AF: "Afghanistan", PK: "Pakistan", none: "neither" };

const LISTS: { key: ListKey; legend: string; read: (p: ReportProperties) => string | number; label: (v: string | number) => string }[] = [
  { key: "eventTypes", legend: "Event type", read: (p) => p.event_type, label: String },
  { key: "subEventTypes", legend: "Sub-event type", read: (p) => p.sub_event_type, label: String },
  { key: "sources", legend: "Source", read: (p) => p.source, label: String },
  { key: "geoPrecisions", legend: "Place precision", read: (p) => p.geo_precision, label: (v) => describeGeoPrecisionCode(Number(v)) },
  { key: "timePrecisions", legend: "Date precision", read: (p) => p.time_precision, label: (v) => describeTimePrecision(Number(v) as 1 | 2 | 3) },
];

const keeps = (n: number) => `keeps ${n.toLocaleString("en")}`;

/** The distance band's count in both modes, so that the difference shows: "keeps 7 certainly within, 10 possibly within". */
const keepsBoth = (n: Record<DistanceMode, number>) => `keeps ${n.certainly.toLocaleString("en")} certainly within, ${n.possibly.toLocaleString("en")} possibly within`;

const MODE_TEXT: Record<DistanceMode, { label: string; hint: string }> = {
  possibly: { label: "possibly in the band (default)", hint: "the place's range of distances touches it: nothing that may lie in it is left out" },
  certainly: { label: "certainly in the band", hint: "the whole range lies inside it" },
};

/** Values a list shows before "Show all": the most frequent, and any ticked. */
const FIRST_OPTIONS = 8;

/** One list filter: a checkbox per value (none ticked: any), each with its number of reports; a long list shows its most frequent values first. */
function ListFilter(props: {
  legend: string;
  options: { value: string | number; count: number }[];
  chosen: (string | number)[] | null;
  kept: number;
  active: boolean;
  label: (v: string | number) => string;
  onChange: (values: (string | number)[] | null) => void;
}) {
  const { legend, options, chosen, kept, active, label, onChange } = props;
  const [all, setAll] = useState(false);
  const long = options.length > FIRST_OPTIONS + 2;
  const listed = useMemo(() => {
    if (all || !long) return options;
    const first = new Set([...options].sort((a, b) => b.count - a.count).slice(0, FIRST_OPTIONS).map((o) => o.value));
    return options.filter((o) => first.has(o.value) || chosen?.includes(o.value));
  }, [options, all, long, chosen]);
  const toggle = (value: string | number, on: boolean) => {
    const next = new Set(chosen ?? []);
    if (on) next.add(value);
    else next.delete(value);
    onChange(next.size === 0 ? null : [...next]);
  };
  return (
    <fieldset className="filter">
      <legend>
        {legend} {active && <span className="filter__keeps">({keeps(kept)})</span>}
      </legend>
      <div className="filter__options">
        {listed.map(({ value, count }) => (
          <label key={String(value)} className="toggle">
            <input type="checkbox" checked={chosen?.includes(value) ?? false} onChange={(e) => toggle(value, e.target.checked)} /> {label(value)}{" "}
            <span className="filter__count">{count.toLocaleString("en")}</span>
          </label>
        ))}
      </div>
      {long && (
        <button type="button" className="link-button filter__more" aria-expanded={all} onClick={() => setAll((a) => !a)}>
          {all ? "Show the most frequent only" : `Show all ${options.length.toLocaleString("en")}`}
        </button>
      )}
    </fieldset>
  );
}

/**
 * The explore filters: dates, types, figures, sources, side of the border,
 * distance band from it, precision. Each says how many reports it keeps; "Clear all" is one click.
 */
export const FilterPanel = memo(function FilterPanel({ filter, counts, reports, sideCounts, onFilter, onClear }: FilterPanelProps) {
  const props = useMemo(() => reports.map((r) => r.properties), [reports]);
  const options = useMemo(() => Object.fromEntries(LISTS.map((l) => [l.key, filterOptions(props, l.read)])), [props]);
  const set = <K extends FilterKey>(key: K, value: ReportFilter[K]) => onFilter({ [key]: value });
  const anyActive = FILTER_KEYS.some((k) => isActive(filter, k));
  const number = (text: string) => (text.trim() === "" || !(Number(text) >= 0) ? null : Math.floor(Number(text)));
  const km = (text: string) => (text.trim() === "" || !(Number(text) >= 0) ? null : Number(text));
  const sideOptions = ["AF", "PK", "none"].map((value) => ({ value, count: sideCounts?.[value] ?? 0 }));

  return (
    <section className="panel filters" aria-labelledby="filters-title">
      <h2 id="filters-title">Filter reports</h2>
      <p className="filters__summary" role="status" aria-live="polite" data-testid="filter-status">
        {counts.kept.toLocaleString("en")} of {counts.total.toLocaleString("en")} reports shown{" "}
        <button type="button" className="link-button" disabled={!anyActive} onClick={onClear}>
          Clear all
        </button>
      </p>
      <fieldset className="filter">
        <legend>
          Dates {isActive(filter, "dateFrom") && <span className="filter__keeps">({keeps(counts.byFilter.dateFrom)})</span>}
        </legend>
        <label className="field">
          from <input type="date" name="filter-date-from" aria-label="Reports from (date)" value={filter.dateFrom ?? ""} onChange={(e) => set("dateFrom", e.target.value || null)} />
        </label>{" "}
        <label className="field">
          to <input type="date" name="filter-date-to" aria-label="Reports to (date)" value={filter.dateTo ?? ""} onChange={(e) => set("dateTo", e.target.value || null)} />
        </label>
      </fieldset>
      <fieldset className="filter">
        <legend>Casualties (the source&apos;s lowest figure)</legend>
        <label className="field">
          of{" "}
          <select name="filter-casualty-group" value={filter.casualtyGroup ?? ""} onChange={(e) => set("casualtyGroup", (e.target.value || null) as ReportFilter["casualtyGroup"])}>
            <option value="">all groups together</option>
            {NAMED_GROUPS.map((g) => (
              <option key={g} value={g}>
                {GROUP_NAMES[g]}
              </option>
            ))}
          </select>
        </label>
        <br />
        <label className="field">
          killed at least{" "}
          <input type="number" min={0} name="filter-killed" value={filter.killedAtLeast ?? ""} onChange={(e) => set("killedAtLeast", number(e.target.value))} />
        </label>
        {isActive(filter, "killedAtLeast") && <span className="filter__keeps"> ({keeps(counts.byFilter.killedAtLeast)})</span>}
        <br />
        <label className="field">
          injured at least{" "}
          <input type="number" min={0} name="filter-injured" value={filter.injuredAtLeast ?? ""} onChange={(e) => set("injuredAtLeast", number(e.target.value))} />
        </label>
        {isActive(filter, "injuredAtLeast") && <span className="filter__keeps"> ({keeps(counts.byFilter.injuredAtLeast)})</span>}
      </fieldset>
      <ListFilter
        legend={sideCounts ? "Side of the border" : "Side of the border (measuring…)"}
        options={sideOptions}
        chosen={filter.sides}
        kept={counts.byFilter.sides}
        active={isActive(filter, "sides")}
        label={(v) => SIDE_NAMES[String(v)] ?? String(v)}
        onChange={(v) => set("sides", v as string[] | null)}
      />
      <fieldset className="filter">
        <legend>
          {sideCounts ? "Distance from the Durand Line" : "Distance from the Durand Line (measuring…)"}{" "}
          {isActive(filter, "distanceFromKm") && <span className="filter__keeps" data-testid="distance-keeps">({keepsBoth(counts.byDistanceMode)})</span>}
        </legend>
        <label className="field">
          from{" "}
          <input type="number" min={0} step="any" name="filter-distance-from" aria-label="Reports at least this far from the border (km)" value={filter.distanceFromKm ?? ""} onChange={(e) => set("distanceFromKm", km(e.target.value))} />
        </label>{" "}
        <label className="field">
          to{" "}
          <input type="number" min={0} step="any" name="filter-distance-to" aria-label="Reports at most this far from the border (km)" value={filter.distanceToKm ?? ""} onChange={(e) => set("distanceToKm", km(e.target.value))} />
        </label>{" "}
        km
        <p className="filter__hint">A report placed only to within ±r km may lie anywhere from d − r to d + r km from the line (d: its measured distance). Keep reports:</p>
        <div className="filter__options" role="radiogroup" aria-label="How the band reads a report's range of distances">
          {DISTANCE_MODES.map((mode) => (
            <label key={mode} className="toggle" title={MODE_TEXT[mode].hint}>
              <input type="radio" name="filter-distance-mode" value={mode} checked={filter.distanceMode === mode} onChange={() => set("distanceMode", mode)} /> {MODE_TEXT[mode].label}
              <span className="filter__hint"> — {MODE_TEXT[mode].hint}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {filter.along && (
        <p className="filter" data-testid="filter-along">
          Along the border: {describeFilter({ ...NO_FILTER, along: filter.along })[0]} <span className="filter__keeps">({keeps(counts.byFilter.along)})</span>{" "}
          <button type="button" className="link-button" onClick={() => set("along", null)}>
            Clear
          </button>
        </p>
      )}
      {LISTS.map((l) => (
        <ListFilter
          key={l.key}
          legend={l.legend}
          options={options[l.key]!}
          chosen={filter[l.key] as (string | number)[] | null}
          kept={counts.byFilter[l.key]}
          active={isActive(filter, l.key)}
          label={l.label}
          onChange={(v) => set(l.key, v as never)}
        />
      ))}
    </section>
  );
});
