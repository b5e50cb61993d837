import { useMemo, useRef, useState } from "react";
import { isoDay, type AlongBorderPoint, type AlongBorderSelection } from "../core/view/along-border-chart";
import { OTHER_SUB_EVENT_COLOR, SUB_EVENT_COLORS } from "../map/report-colors";
import type { SubEventType } from "../core/reports/report";

interface Props {
  points: readonly AlongBorderPoint[];
  /** Length of the border, km: the chart's vertical extent. */
  borderKm: number;
  selection: AlongBorderSelection | null;
  onSelect: (selection: AlongBorderSelection | null) => void;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const W = 290;
const H = 190;
const PAD = { left: 44, right: 8, top: 8, bottom: 28 };

/** Above this many reports the chart draws their density in cells, not a mark each (100,000 SVG marks freeze the page). */
const MARK_LIMIT = 2_000;
const CELL_W = 4;
const CELL_H = 4;
/** Shades of the density cells. */
const SHADES = 10;

/**
 * Reports per cell of the chart (a span shares its one report among the cells
 * of the days it covers), as an opacity: the square root of the share of the
 * fullest cell, so that sparse cells still show, in tenths; the cells of
 * each shade as one SVG path.
 */
function densityCells(points: readonly AlongBorderPoint[], dayMin: number, dayMax: number, borderKm: number) {
  const cols = Math.floor((W - PAD.left - PAD.right) / CELL_W);
  const rows = Math.floor((H - PAD.top - PAD.bottom) / CELL_H);
  const counts = new Float64Array(cols * rows);
  const colOf = (day: number) => Math.min(cols - 1, Math.max(0, Math.floor(((day - dayMin) / (dayMax - dayMin)) * cols)));
  for (const p of points) {
    const row = Math.min(rows - 1, Math.max(0, Math.floor((p.alongKm / borderKm) * rows)));
    const [c0, c1] = [colOf(p.dayFrom), colOf(p.dayTo + 1)];
    for (let c = c0; c <= c1; c++) counts[row * cols + c]! += 1 / (c1 - c0 + 1);
  }
  let most = 0;
  for (const v of counts) most = Math.max(most, v);
  // One path per shade (a few elements, not one per cell: the chart redraws at each step of playback).
  const shades = new Map<number, string[]>();
  counts.forEach((v, i) => {
    if (v <= 0) return;
    const share = Math.ceil(Math.max(0.12, Math.sqrt(v / most)) * SHADES) / SHADES;
    const [col, row] = [i % cols, Math.floor(i / cols)];
    const cells = shades.get(share) ?? [];
    cells.push(`M${PAD.left + col * CELL_W} ${H - PAD.bottom - (row + 1) * CELL_H}h${CELL_W}v${CELL_H}h-${CELL_W}z`);
    shades.set(share, cells);
  });
  return [...shades].map(([share, cells]) => ({ share, d: cells.join("") }));
}

/**
 * Position along the border (km from the Iran tripoint, up) against date
 * (right). Drag a rectangle to select a stretch and a period; the map then
 * shows only those reports. Reports known to the week or month are drawn as
 * spans, not as one false day.
 */
export function AlongBorderChart({ points, borderKm, selection, onSelect }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  // A loop, not Math.min(...days): spreading 100,000 arguments overflows the stack.
  let [first, last] = [Infinity, -Infinity];
  for (const p of points) {
    first = Math.min(first, p.dayFrom);
    last = Math.max(last, p.dayTo);
  }
  const dayMin = (points.length ? first : 0) - 3;
  const dayMax = (points.length ? last : 1) + 3;
  const cells = useMemo(() => (points.length > MARK_LIMIT ? densityCells(points, dayMin, dayMax, borderKm) : []), [points, dayMin, dayMax, borderKm]);
  const x = (day: number) => PAD.left + ((day - dayMin) / (dayMax - dayMin)) * (W - PAD.left - PAD.right);
  const y = (km: number) => H - PAD.bottom - (km / borderKm) * (H - PAD.top - PAD.bottom);
  const dayAt = (px: number) => dayMin + ((px - PAD.left) / (W - PAD.left - PAD.right)) * (dayMax - dayMin);
  const kmAt = (py: number) => ((H - PAD.bottom - py) / (H - PAD.top - PAD.bottom)) * borderKm;

  const local = (event: React.PointerEvent) => {
    const box = svg.current!.getBoundingClientRect();
    return { px: ((event.clientX - box.left) / box.width) * W, py: ((event.clientY - box.top) / box.height) * H };
  };

  const kmTicks = [0, 500, 1000, 1500, 2000, 2500].filter((k) => k <= borderKm);
  // A tick at the first of each month in view (or at the ends when the view is shorter than a month).
  const monthStarts: number[] = [];
  for (let d = Math.ceil(dayMin); d <= dayMax; d++) if (isoDay(d).endsWith("-01")) monthStarts.push(d);
  // At most about six labels across the chart's 240 pixels: every month, every quarter, every half-year or every year.
  const every = [1, 3, 6, 12].find((m) => monthStarts.length / m <= 6) ?? 12;
  const shownMonths = monthStarts.filter((d) => (Number(isoDay(d).slice(5, 7)) - 1) % every === 0);
  const dayTicks = shownMonths.length > 0 ? shownMonths : [Math.ceil(dayMin), Math.floor(dayMax)];
  // A January is labelled with its year when the chart spans more than one.
  const monthLabel = (d: number) => (every > 1 && isoDay(d).slice(5, 7) === "01" ? isoDay(d).slice(0, 4) : MONTHS[Number(isoDay(d).slice(5, 7)) - 1]);
  const rect = drag ?? (selection && selection.dayFrom !== null && selection.dayTo !== null
    ? { x0: x(selection.dayFrom), x1: x(selection.dayTo), y0: y(selection.kmFrom), y1: y(selection.kmTo) }
    : null);

  return (
    <figure className="chart" aria-label="Reports by position along the border and date">
      <svg
        ref={svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${points.length} reports plotted by km along the border from the Iran tripoint against date`}
        data-testid="along-border-chart"
        onPointerDown={(e) => {
          const { px, py } = local(e);
          (e.target as Element).setPointerCapture?.(e.pointerId);
          setDrag({ x0: px, y0: py, x1: px, y1: py });
        }}
        onPointerMove={(e) => {
          if (!drag) return;
          const { px, py } = local(e);
          setDrag({ ...drag, x1: px, y1: py });
        }}
        onPointerUp={() => {
          if (!drag) return;
          setDrag(null);
          if (Math.abs(drag.x1 - drag.x0) < 3 && Math.abs(drag.y1 - drag.y0) < 3) return onSelect(null);
          onSelect({ kmFrom: kmAt(Math.max(drag.y0, drag.y1)), kmTo: kmAt(Math.min(drag.y0, drag.y1)), dayFrom: dayAt(Math.min(drag.x0, drag.x1)), dayTo: dayAt(Math.max(drag.x0, drag.x1)) });
        }}
      >
        <rect x={PAD.left} y={PAD.top} width={W - PAD.left - PAD.right} height={H - PAD.top - PAD.bottom} className="chart__frame" />
        {kmTicks.map((k) => (
          <g key={k}>
            <line x1={PAD.left - 3} x2={PAD.left} y1={y(k)} y2={y(k)} className="chart__tick" />
            <text x={PAD.left - 5} y={y(k) + 3} textAnchor="end" className="chart__label">
              {k}
            </text>
          </g>
        ))}
        {dayTicks.map((d) => (
          <text key={d} x={x(d)} y={H - PAD.bottom + 12} textAnchor="middle" className="chart__label">
            {shownMonths.length > 0 ? monthLabel(d) : isoDay(d).slice(5)}
          </text>
        ))}
        <text x={PAD.left} y={H - 4} className="chart__label">
          date ({isoDay(dayMin + 3).slice(0, 4) === isoDay(dayMax - 3).slice(0, 4) ? isoDay(dayMin + 3).slice(0, 4) : `${isoDay(dayMin + 3).slice(0, 4)}–${isoDay(dayMax - 3).slice(0, 4)}`})
        </text>
        <text transform={`translate(10 ${H / 2}) rotate(-90)`} textAnchor="middle" className="chart__label">
          km from the Iran tripoint
        </text>
        {points.length <= MARK_LIMIT
          ? points.map((p) => {
              const color = SUB_EVENT_COLORS[p.subEventType as SubEventType] ?? OTHER_SUB_EVENT_COLOR;
              return p.dayTo > p.dayFrom ? (
                <line key={p.id} x1={x(p.dayFrom)} x2={x(p.dayTo)} y1={y(p.alongKm)} y2={y(p.alongKm)} stroke={color} strokeWidth={3} opacity={0.7} data-report-id={p.id} />
              ) : (
                <circle key={p.id} cx={x(p.dayFrom)} cy={y(p.alongKm)} r={3.5} fill={color} opacity={0.8} data-report-id={p.id} />
              );
            })
          : cells.map((c) => <path key={c.share} d={c.d} fill="#7f1d1d" opacity={c.share} data-testid="along-density" />)}
        {rect && (
          <rect
            x={Math.min(rect.x0, rect.x1)}
            y={Math.min(rect.y0, rect.y1)}
            width={Math.abs(rect.x1 - rect.x0)}
            height={Math.abs(rect.y1 - rect.y0)}
            className="chart__brush"
          />
        )}
      </svg>
    </figure>
  );
}
