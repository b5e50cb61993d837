import { memo } from "react";
import { timeTicks } from "../core/view/time-ticks";

const DAY_MS = 86_400_000;

interface TimelineAxisProps {
  /** The timeline's first and last day (days since 1970): the axis runs from the start of the first to the end of the last. */
  first: number;
  last: number;
  /** Where the axis starts, and its width, in the chart's pixels. */
  left: number;
  width: number;
  /** The axis line's height in the chart; the labels go under it. */
  y: number;
}

/** The time axis under the bars: a tick at each day, week, month, quarter or year that leaves its label room. Drawn again only when its span or width changes (not at each playback step). */
export const TimelineAxis = memo(function TimelineAxis({ first, last, left, width, y }: TimelineAxisProps) {
  const { ticks } = timeTicks(first * DAY_MS, (last + 1) * DAY_MS, width);
  return (
    <g className="timeline__axis" data-testid="timeline-axis">
      <line x1={left} x2={left + width} y1={y + 0.5} y2={y + 0.5} className="timeline__axis-line" />
      {ticks.map((t) => (
        <g key={t.ms}>
          <line x1={left + t.x} x2={left + t.x} y1={y} y2={y + 4} className="timeline__tick" />
          <text x={left + t.labelLeft} y={y + 16} className="timeline__label">
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
});
