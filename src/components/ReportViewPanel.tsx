import { CLUSTER_WORDS } from "../core/view/casualty-words";
import { DEFAULT_EVENT_PARAMS_WHY } from "../core/events/events";
import { describeAgreement, describeReportCount, formatEventDates } from "../core/events/format-event";
import { CLUSTER_MAX_ZOOM, type ReportView } from "../map/report-view-style";
import type { EventsStatus } from "../state/work-status";
import type { ReportViewPanelProps } from "./use-report-view";

const VIEWS: { id: ReportView; label: string }[] = [
  { id: "reports", label: "Each report (one dot per source's account)" },
  { id: "clusters", label: "Clusters at low zoom (accounts, and killed added over events)" },
  { id: "events", label: "Events (reports grouped in space and time)" },
];

function describeStatus(status: EventsStatus | null): string {
  if (!status) return "";
  if (status.state === "computing") return `Grouping ${status.reports.toLocaleString("en")} reports…`;
  if (status.state === "failed") return `Could not group the reports: ${status.message}`;
  const { events, reports, disagreeing, ms } = status;
  return (
    `${events.toLocaleString("en")} ${events === 1 ? "event" : "events"} from ${reports.toLocaleString("en")} reports; ` +
    `sources disagree on ${disagreeing.toLocaleString("en")}. Grouped in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms, in a worker.`
  );
}

/** A number field that keeps the last good value while the user types. */
function NumberField(props: { label: string; name: string; value: number; min: number; step: number; onChange: (v: number) => void; blankIs?: number }) {
  const { label, name, value, min, step, onChange, blankIs } = props;
  return (
    <label className="field">
      {label}{" "}
      <input
        type="number"
        name={name}
        min={min}
        step={step}
        value={Number.isFinite(value) ? value : ""}
        placeholder={blankIs === Infinity ? "any" : undefined}
        onChange={(e) => {
          if (e.target.value === "" && blankIs !== undefined) return onChange(blankIs);
          const v = Number(e.target.value);
          if (Number.isFinite(v) && v >= min) onChange(v);
        }}
      />
    </label>
  );
}

export function ReportViewPanel({ view, density, params, status, onView, onDensity, onParams, onOpenEvent }: ReportViewPanelProps) {
  return (
    <section className="panel" aria-labelledby="views-title">
      <h2 id="views-title">Reports and events</h2>
      <fieldset>
        <legend>Show reports as</legend>
        {VIEWS.map(({ id, label }) => (
          <label key={id} className="toggle">
            <input type="radio" name="report-view" value={id} checked={view === id} onChange={() => onView(id)} /> {label}
          </label>
        ))}
      </fieldset>
      <label className="toggle">
        <input type="checkbox" name="density" checked={density} onChange={(e) => onDensity(e.target.checked)} /> Density heatmap
      </label>
      {density && <p className="hint">Below zoom {CLUSTER_MAX_ZOOM + 1} the heatmap takes the place of each report&apos;s dot.</p>}
      {view === "clusters" && (
        <p className="hint">
          {CLUSTER_WORDS}. The events view gives each event&apos;s figures by group.
        </p>
      )}
      {view === "events" && (
        <fieldset className="event-params">
          <legend>An event: reports within</legend>
          <NumberField label="km" name="eps-km" value={params.epsKm} min={0} step={1} onChange={(v) => onParams({ ...params, epsKm: v })} />
          <NumberField
            label="hours (blank: any time)"
            name="eps-hours"
            value={params.epsHours}
            min={0}
            step={12}
            blankIs={Infinity}
            onChange={(v) => onParams({ ...params, epsHours: v })}
          />
          <NumberField label="of at least this many reports" name="min-points" value={params.minPoints} min={1} step={1} onChange={(v) => onParams({ ...params, minPoints: Math.floor(v) })} />
          <p className="hint">{DEFAULT_EVENT_PARAMS_WHY}</p>
        </fieldset>
      )}
      {view === "events" && (
        <p className="status" role="status" aria-live="polite" data-testid="events-status">
          {describeStatus(status)}
        </p>
      )}
      {view === "events" && status?.state === "drawn" && status.largest.length > 0 && (
        <>
          <h3 className="events__title">Largest events</h3>
          <ol className="events__list">
            {status.largest.map((e) => (
              <li key={e.id}>
                <button type="button" className={e.disagree ? "link-button events__item events__item--disagree" : "link-button events__item"} onClick={() => onOpenEvent(e.id)}>
                  {formatEventDates(e)} · {describeReportCount(e)} · {describeAgreement(e)}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
