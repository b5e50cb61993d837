import { memo, useEffect, useRef, useState } from "react";
import { dayNumber, isoDay, nextPlayStart, playWindow } from "../core/view/timeline";
import type { TimelineProps } from "./use-report-filter";

const W = 900;
const H = 64;
const PAD = { left: 8, right: 8, top: 4, bottom: 16 };
const WINDOWS = [7, 14, 30, 90];
const SPEEDS = [2, 5, 10, 15, 20];

/**
 * Reports per day (or week) under the map. Drag across it to keep a period
 * (a click clears it); Play moves a window of the chosen width through time,
 * with its speed, pause and steps. The period is the date filter's: the
 * filter panel shows the same dates.
 */
export const Timeline = memo(function Timeline({ timeline, filter, shown, total, playing, onFilter, onPlaying }: TimelineProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);
  const [width, setWidth] = useState(14);
  const [speed, setSpeed] = useState(5);
  const latest = useRef({ filter, onFilter, onPlaying, timeline, width });
  latest.current = { filter, onFilter, onPlaying, timeline, width };

  const first = timeline?.first ?? 0;
  const last = timeline?.last ?? 1;
  const span = last + 1 - first;
  const x = (day: number) => PAD.left + ((day - first) / span) * (W - PAD.left - PAD.right);
  const dayAt = (px: number) => Math.round(first + ((px - PAD.left) / (W - PAD.left - PAD.right)) * span);

  /** Moves the window one bin on (or back); stops at the ends. */
  const step = (direction: 1 | -1) => {
    const { filter: f, onFilter: set, timeline: t, width: w } = latest.current;
    if (!t) return false;
    const start = f.dateFrom ? dayNumber(f.dateFrom) : t.first - t.binDays;
    const next = direction === 1 ? nextPlayStart(start, t.binDays, t.last) : start - t.binDays >= t.first ? start - t.binDays : null;
    if (next === null) return false;
    const [from, to] = playWindow(next, w);
    set({ dateFrom: from, dateTo: to });
    return true;
  };

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      if (!step(1)) latest.current.onPlaying(false);
    }, 1000 / speed);
    return () => clearInterval(timer);
  }, [playing, speed]);

  // Its room is kept while there is nothing to draw, so that the map above does not change size when reports arrive.
  if (!timeline) return <div className="timeline" aria-hidden="true" />;
  const most = Math.max(1, ...timeline.bins.map((b) => b.exact + b.spread));
  const barW = Math.max(1, ((W - PAD.left - PAD.right) / span) * timeline.binDays - 0.5);
  const yOf = (n: number) => ((H - PAD.top - PAD.bottom) * n) / most;
  const local = (e: React.PointerEvent) => {
    const box = svg.current!.getBoundingClientRect();
    return ((e.clientX - box.left) / box.width) * W;
  };
  const period =
    drag ??
    (filter.dateFrom || filter.dateTo
      ? { x0: x(filter.dateFrom ? dayNumber(filter.dateFrom) : first), x1: x((filter.dateTo ? dayNumber(filter.dateTo) : last) + 1) }
      : null);
  // A label at each month's first day (every third month over long periods).
  const months: string[] = [];
  for (let d = first; d <= last; d++) if (isoDay(d).endsWith("-01")) months.push(isoDay(d).slice(0, 7));
  const labels = months.filter((_, i) => months.length <= 12 || i % 3 === 0);

  return (
    <div className="timeline">
      <div className="timeline__controls">
        <button type="button" onClick={() => onPlaying(!playing)} aria-pressed={playing}>
          {playing ? "Pause" : "Play"}
        </button>
        <button type="button" aria-label="Step back" onClick={() => step(-1)}>
          ◀
        </button>
        <button type="button" aria-label="Step forward" onClick={() => step(1)}>
          ▶
        </button>
        <label>
          window{" "}
          <select name="play-window" value={width} onChange={(e) => setWidth(Number(e.target.value))}>
            {WINDOWS.map((w) => (
              <option key={w} value={w}>
                {w} days
              </option>
            ))}
          </select>
        </label>
        <label>
          speed{" "}
          <select name="play-speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s} steps a second
              </option>
            ))}
          </select>
        </label>
        <span className="timeline__period" data-testid="timeline-period">
          {filter.dateFrom || filter.dateTo ? `${filter.dateFrom ?? "start"} to ${filter.dateTo ?? "end"}` : "all dates"} · a bar a{" "}
          {timeline.binDays === 1 ? "day" : "week"}
        </span>
        <span className="timeline__total" data-testid="timeline-total">
          {shown.toLocaleString("en")} of {total.toLocaleString("en")} reports shown
        </span>
      </div>
      <svg
        ref={svg}
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Reports per ${timeline.binDays === 1 ? "day" : "week"} from ${isoDay(first)} to ${isoDay(last)}; drag to keep a period`}
        data-testid="timeline"
        onPointerDown={(e) => {
          (e.target as Element).setPointerCapture?.(e.pointerId);
          const px = local(e);
          setDrag({ x0: px, x1: px });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, x1: local(e) })}
        onPointerUp={() => {
          if (!drag) return;
          setDrag(null);
          if (Math.abs(drag.x1 - drag.x0) < 3) return onFilter({ dateFrom: null, dateTo: null });
          const a = Math.max(first, dayAt(Math.min(drag.x0, drag.x1)));
          const b = Math.min(last, dayAt(Math.max(drag.x0, drag.x1)) - 1);
          onFilter({ dateFrom: isoDay(a), dateTo: isoDay(Math.max(a, b)) });
        }}
      >
        {timeline.bins.map((b) => (
          <g key={b.day}>
            <rect x={x(b.day)} width={barW} y={H - PAD.bottom - yOf(b.exact)} height={yOf(b.exact)} className="timeline__exact" />
            <rect x={x(b.day)} width={barW} y={H - PAD.bottom - yOf(b.exact + b.spread)} height={yOf(b.spread)} className="timeline__spread" />
          </g>
        ))}
        {labels.map((m) => (
          <text key={m} x={x(dayNumber(`${m}-01`))} y={H - 4} className="timeline__label">
            {m}
          </text>
        ))}
        {period && <rect x={Math.min(period.x0, period.x1)} width={Math.abs(period.x1 - period.x0)} y={0} height={H - PAD.bottom} className="timeline__brush" />}
      </svg>
    </div>
  );
});
