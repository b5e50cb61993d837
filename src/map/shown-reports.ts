import type { ExpressionSpecification } from "maplibre-gl";
import type { Feature, FeatureCollection, Point } from "geojson";
import type { DisplayProperties } from "../core/display-reports";
import { hasFilter, NO_FILTER, type ReportFilter } from "../core/report-filter";
import { filterExpression } from "./report-filter-expression";
import { reportShown } from "./report-filters";

/**
 * The reports as drawn and the filters on them ("within N km", "only these",
 * the explore filters): which are shown, in code (for the list, clusters and
 * events) and as one expression (for the report layers). No map in here.
 */
export class ShownReports {
  display: FeatureCollection<Point, DisplayProperties> = { type: "FeatureCollection", features: [] };
  withinKm: number | null = null;
  onlyIds: readonly string[] | null = null;
  explore: ReportFilter = NO_FILTER;

  /** The explore filters as an expression (null: none set). */
  exploreExpression(): ExpressionSpecification | null {
    return filterExpression(this.explore);
  }

  features(): Feature<Point, DisplayProperties>[] {
    return this.select().features;
  }

  /** The reports shown, and one byte per drawn report (in `display` order) saying whether it is shown. */
  select(): { features: Feature<Point, DisplayProperties>[]; mask: Uint8Array } {
    const all = this.display.features;
    const mask = new Uint8Array(all.length);
    const only = this.onlyIds ? new Set(this.onlyIds) : null;
    const explore = hasFilter(this.explore) ? this.explore : null;
    if (!only && this.withinKm === null && !explore) return { features: all, mask: mask.fill(1) };
    const features: Feature<Point, DisplayProperties>[] = [];
    for (let i = 0; i < all.length; i++) {
      const f = all[i]!;
      if (!reportShown(f.properties, this.withinKm, only, explore)) continue;
      mask[i] = 1;
      features.push(f);
    }
    return { features, mask };
  }
}
