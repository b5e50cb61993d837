import { memo, useEffect, useRef, useState } from "react";
import { dayNumber, nextPlayStart, playWindow } from "../core/view/timeline";
import { TimelineChart } from "./TimelineChart";
import type { TimelineProps } from "./use-report-filter";
import "./timeline.css";

const WINDOWS = [7, 14, 30, 90];
const SPEEDS = [2, 5, 10, 15, 20];

/**
 * Reports per day (or week) under the map, with the playback's controls.
 * Drag across the chart, or use its keys, to keep a period; Play moves a
 * window of the chosen width through time, with its speed, pause and steps.
 * The period is the date filter's: the filter panel shows the same dates.
 */
export const Timeline = memo(function Timeline({ timeline, filter, shown, total, playing, onFilter, onPlaying }: TimelineProps) {
  const [width, setWidth] = useState(14);
  const [speed, setSpeed] = useState(5);
  const latest = useRef({ filter, onFilter, onPlaying, timeline, width });
  latest.current = { filter, onFilter, onPlaying, timeline, width };

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
      <TimelineChart timeline={timeline} filter={filter} shown={shown} total={total} onFilter={onFilter} />
    </div>
  );
});
