import { memo, useState, type KeyboardEvent, type PointerEvent } from "react";
import { binWords } from "../core/view/bin-words";
import { periodAfterKey, type DayPeriod } from "../core/view/period-keys";
import { dayNumber, isoDay, type Timeline } from "../core/view/timeline";
import type { ReportFilter } from "../core/view/report-filter";
import { TimelineAxis } from "./TimelineAxis";
import { useElementWidth } from "./use-element-width";

const H = 84; // the chart's height in pixels: bars, then the axis and its labels
const AXIS_Y = H - 22;
const PAD = 8; // room at each side
const TOP = 4;

interface TimelineChartProps {
  timeline: Timeline;
  filter: ReportFilter;
  /** Reports every filter keeps, the dates too, and all reports loaded. */
  shown: number;
  total: number;
  onFilter: (change: Partial<ReportFilter>) => void;
}

/** How far left of its point the readout sits (% of its width): centred, or kept inside the chart near its ends. */
function readoutShift(share: number): number {
  return -100 * Math.min(Math.max((share - 0.2) / 0.6, 0), 1);
}

/** A bar's width: its days at the chart's scale, a pixel apart where days are wider than 3 pixels. */
function barWidth(inner: number, span: number, binDays: number): number {
  return Math.max(1, (inner / span) * binDays - (inner / span > 3 ? 1 : 0));
}

/** The bars, drawn again only when the timeline, the width or the bar under the pointer changes (not at each playback step). */
const TimelineBars = memo(function TimelineBars({ timeline, inner, hover }: { timeline: Timeline; inner: number; hover: number | null }) {
  const { first, last, binDays, bins } = timeline;
  const span = last + 1 - first;
  const x = (day: number) => PAD + ((day - first) / span) * inner;
  const most = Math.max(1, ...bins.map((b) => b.exact + b.spread));
  const yOf = (n: number) => ((AXIS_Y - TOP) * n) / most;
  const barW = barWidth(inner, span, binDays);
  return (
    <>
      {bins.map((b, i) => (
        <g key={b.day} className={i === hover ? "timeline__bar timeline__bar--hover" : "timeline__bar"}>
          <rect x={x(b.day)} width={barW} y={AXIS_Y - yOf(b.exact)} height={yOf(b.exact)} className="timeline__exact" />
          <rect x={x(b.day)} width={barW} y={AXIS_Y - yOf(b.exact + b.spread)} height={yOf(b.spread)} className="timeline__spread" />
        </g>
      ))}
    </>
  );
});

/** The date filter as days within the timeline, or null for all dates. */
function periodOf(filter: ReportFilter, t: Timeline): DayPeriod | null {
  if (!filter.dateFrom && !filter.dateTo) return null;
  return { from: filter.dateFrom ? dayNumber(filter.dateFrom) : t.first, to: filter.dateTo ? dayNumber(filter.dateTo) : t.last };
}

/**
 * The bars, the axis and the brush, drawn at the chart's own width. Drag to
 * keep a period (a click clears it); hover a bar for its days and count. The
 * chart is a slider for the keyboard: arrows move the period a bar,
 * Shift+arrows make it longer or shorter, Home and End, Escape for all dates.
 */
export function TimelineChart({ timeline, filter, shown, total, onFilter }: TimelineChartProps) {
  const [box, width] = useElementWidth<HTMLDivElement>();
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const { first, last, binDays, bins } = timeline;
  const span = last + 1 - first;
  const inner = Math.max(1, width - 2 * PAD);
  const x = (day: number) => PAD + ((day - first) / span) * inner;
  const dayAt = (px: number) => first + ((px - PAD) / inner) * span;
  const local = (e: PointerEvent) => e.clientX - e.currentTarget.getBoundingClientRect().left;

  const barW = barWidth(inner, span, binDays);
  const period = periodOf(filter, timeline);
  const brush = drag ?? (period ? { x0: x(period.from), x1: x(period.to + 1) } : null);
  const periodText = period ? `${filter.dateFrom ?? isoDay(first)} to ${filter.dateTo ?? isoDay(last)}` : "all dates";
  const unit = binDays === 1 ? "day" : "week";

  const onKeyDown = (e: KeyboardEvent) => {
    const next = periodAfterKey(period, e.key, e.shiftKey, { first, last, stepDays: binDays });
    if (next === undefined) return;
    e.preventDefault();
    setHover(null);
    onFilter(next ? { dateFrom: isoDay(next.from), dateTo: isoDay(next.to) } : { dateFrom: null, dateTo: null });
  };

  // What the readout says, and over which point: the bar under the pointer, else (with the keyboard's focus) the period.
  const hovered = hover !== null ? bins[hover] : undefined;
  const readout = hovered
    ? { text: binWords(hovered, timeline), at: x(hovered.day + binDays / 2) }
    : focused
      ? { text: `${periodText}: ${shown.toLocaleString("en")} of ${total.toLocaleString("en")} reports shown`, at: brush ? (brush.x0 + brush.x1) / 2 : PAD + inner / 2 }
      : null;

  return (
    <div
      ref={box}
      className="timeline__chart"
      tabIndex={0}
      role="slider"
      aria-label={`Period of the timeline, reports per ${unit} from ${isoDay(first)} to ${isoDay(last)}`}
      aria-valuemin={first}
      aria-valuemax={last}
      aria-valuenow={period?.from ?? first}
      aria-valuetext={`${periodText}, ${shown.toLocaleString("en")} of ${total.toLocaleString("en")} reports shown`}
      aria-describedby="timeline-keys"
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <span id="timeline-keys" className="visually-hidden">
        Arrow keys move the period a {unit}; Shift with an arrow makes it longer or shorter; Home and End go to the ends; Escape keeps all dates.
      </span>
      {width > 0 && (
        <svg
          width={width}
          height={H}
          aria-hidden="true"
          data-testid="timeline"
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture?.(e.pointerId);
            const px = local(e);
            setDrag({ x0: px, x1: px });
          }}
          onPointerMove={(e) => {
            const px = local(e);
            if (drag) return setDrag({ ...drag, x1: px });
            const i = Math.floor((dayAt(px) - first) / binDays);
            setHover(i >= 0 && i < bins.length ? i : null);
          }}
          onPointerLeave={() => setHover(null)}
          onPointerUp={() => {
            if (!drag) return;
            setDrag(null);
            if (Math.abs(drag.x1 - drag.x0) < 3) return onFilter({ dateFrom: null, dateTo: null });
            const a = Math.max(first, Math.round(dayAt(Math.min(drag.x0, drag.x1))));
            const b = Math.min(last, Math.round(dayAt(Math.max(drag.x0, drag.x1))) - 1);
            onFilter({ dateFrom: isoDay(a), dateTo: isoDay(Math.max(a, b)) });
          }}
        >
          <TimelineBars timeline={timeline} inner={inner} hover={hover} />
          {hovered && <rect x={x(hovered.day)} width={barW} y={TOP} height={AXIS_Y - TOP} className="timeline__hover" />}
          <TimelineAxis first={first} last={last} left={PAD} width={inner} y={AXIS_Y} />
          {brush && <rect x={Math.min(brush.x0, brush.x1)} width={Math.abs(brush.x1 - brush.x0)} y={0} height={AXIS_Y} className="timeline__brush" />}
        </svg>
      )}
      {readout && (
        <div className="timeline__readout" data-testid="timeline-readout" style={{ left: readout.at, translate: `${readoutShift(readout.at / width)}% 0` }}>
          {readout.text}
        </div>
      )}
    </div>
  );
}
