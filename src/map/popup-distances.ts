import type { BorderDistance } from "../core/distance/distance-to-border";
import { describeBorderDistance } from "../core/distance/format-border";
import type { ReportProperties } from "../core/reports/report";

interface Measuring {
  positionOf: (id: string) => [number, number] | undefined;
  measure: (lon: number, lat: number) => Promise<BorderDistance>;
  /** False once another selection has replaced this one: its answers are dropped. */
  current: () => boolean;
  /** The clicked report's answer (for the line to its nearest border point). */
  onClicked: (lon: number, lat: number, d: BorderDistance) => void;
  clicked: string;
}

/** Fills the "Border" row of each report in a popup as the worker answers (text only). */
export async function fillBorderDistances(content: HTMLElement, reports: readonly ReportProperties[], m: Measuring): Promise<void> {
  await Promise.all(
    reports.map(async (p) => {
      const at = m.positionOf(p.id);
      if (!at) return;
      const [lon, lat] = at;
      const cell = content.querySelector<HTMLElement>(`[data-border-for="${CSS.escape(p.id)}"]`);
      try {
        const d = await m.measure(lon, lat);
        if (!m.current()) return;
        if (cell) cell.textContent = describeBorderDistance(d, p.accuracy_m, p.geo_precision);
        if (p.id === m.clicked) m.onClicked(lon, lat, d);
      } catch (error) {
        if (cell) cell.textContent = `not available (${error instanceof Error ? error.message : String(error)})`;
      }
    }),
  );
}
