import type { ExpressionSpecification } from "maplibre-gl";
import type { Feature, FeatureCollection, Point } from "geojson";
import type { DisplayProperties } from "../core/view/display-reports";
import { NO_FILTER, type ReportFilter } from "../core/view/report-filter";
import { filterExpression } from "./report-filter-expression";

/**
 * The reports as drawn and which of them the filters show: the store's one
 * result (a byte per report, in the reports' order) for the dots canvas, the
 * list of features for the clusters, heatmap and stack labels, and the same
 * filter as one expression for MapLibre's report layers. No map in here, and
 * no filtering of its own.
 */
export class ShownReports {
  display: FeatureCollection<Point, DisplayProperties> = { type: "FeatureCollection", features: [] };
  filter: ReportFilter = NO_FILTER;
  /** One byte per drawn report (in `display` order): 1 where shown; null: all shown. */
  mask: Uint8Array | null = null;

  /** The filters as an expression (null: none set). */
  expression(): ExpressionSpecification | null {
    return filterExpression(this.filter);
  }

  /** The reports shown, and the mask (all ones when none was given, or when it is not for these reports). */
  select(): { features: Feature<Point, DisplayProperties>[]; mask: Uint8Array } {
    const all = this.display.features;
    const mask = this.mask;
    if (!mask || mask.length !== all.length) return { features: all, mask: new Uint8Array(all.length).fill(1) };
    const features: Feature<Point, DisplayProperties>[] = [];
    for (let i = 0; i < all.length; i++) if (mask[i] === 1) features.push(all[i]!);
    return { features, mask };
  }
}
