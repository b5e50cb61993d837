import type * as maplibregl from "maplibre-gl";
import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import type { BorderDistance } from "../core/distance/distance-to-border";
import { describeSpotToBorder } from "../core/distance/format-border";
import { formatLength, type LengthUnit } from "../core/distance/format-length";
import { measurePath, type LonLat, type MeasuredPath } from "../core/distance/measure-path";
import { nearestLineCollection } from "./nearest-line";

/** A spot whose distance to the border was asked for, and where that stands. */
export type BorderSpot = { lon: number; lat: number } & (
  | { state: "pending" }
  | { state: "done"; distance: BorderDistance }
  | { state: "failed"; error: string }
);

export interface MeasureEvents {
  /** The path changed: a point was added or removed, or all were cleared. */
  onPath?: (path: MeasuredPath) => void;
  /** The border spot changed, or was cleared (null). */
  onSpot?: (spot: BorderSpot | null) => void;
  /** The tool turned itself off (Escape). */
  onMeasuringChange?: (on: boolean) => void;
}

/** Distance from a spot to the border: the page's worker, or a stand-in in tests. */
export type MeasureBorder = (lon: number, lat: number) => Promise<BorderDistance>;

const empty: FeatureCollection = { type: "FeatureCollection", features: [] };

/**
 * The measured path as GeoJSON: each leg along its geodesic, the points, each
 * leg's length at its midpoint, running totals at the inner points ("Σ …") and
 * the total at the last one.
 */
export function measureFeatures(path: MeasuredPath, unit: LengthUnit): FeatureCollection<LineString | Point> {
  const features: Feature<LineString | Point>[] = [];
  const point = (coordinates: LonLat, properties: Record<string, string>): Feature<Point> => ({
    type: "Feature",
    geometry: { type: "Point", coordinates },
    properties,
  });
  path.legs.forEach((leg, i) => {
    features.push({ type: "Feature", geometry: { type: "LineString", coordinates: leg.path }, properties: { kind: "path" } });
    features.push(point(leg.midpoint, { kind: "leg", label: formatLength(leg.lengthM, unit) }));
    const last = i === path.legs.length - 1;
    const total = formatLength(leg.cumulativeM, unit);
    // `total`: the path's total, drawn by a layer of its own that every other label makes way for.
    features.push(point(leg.path.at(-1)!, last ? { kind: "vertex", label: `Total ${total}`, total: "1" } : { kind: "vertex", label: `Σ ${total}` }));
  });
  const first = path.legs[0]?.path[0] ?? path.points[0];
  if (first) features.push(point(first, { kind: "vertex" }));
  return { type: "FeatureCollection", features };
}

/**
 * The measure tool: its state (on or off, the clicked points, the unit, one
 * border spot), its sources on the map (the points and their geodesic path;
 * the spot and its line to the nearest border point) and its keys. Created
 * and driven by `BorderMap`; it tells it, and so React, what changed.
 */
export class MeasureLayer {
  private points: LonLat[] = [];
  private path: MeasuredPath = measurePath([]);
  private unit: LengthUnit = "km";
  private spot: BorderSpot | null = null;
  private spotRequest = 0;
  private on = false;

  constructor(
    private readonly map: maplibregl.Map,
    private readonly measureBorder: MeasureBorder,
    private readonly events: MeasureEvents = {},
  ) {}

  get measuring(): boolean {
    return this.on;
  }

  /** While on, a click adds a point (and a double click does not zoom); the cursor is a crosshair. */
  setMeasuring(on: boolean): void {
    if (on === this.on) return;
    this.on = on;
    this.map.getContainer().classList.toggle("border-map--measuring", on);
    if (on) this.map.doubleClickZoom.disable();
    else this.map.doubleClickZoom.enable();
  }

  /** Adds the clicked point when the tool is on; true when the click was the tool's. */
  handleClick(lngLat: maplibregl.LngLat): boolean {
    if (!this.on) return false;
    this.add(lngLat.lng, lngLat.lat);
    return true;
  }

  /**
   * Escape cancels the measurement (clears it and turns the tool off). With
   * the tool on and the map canvas focused, Backspace removes the last point
   * and Enter adds the map centre, so the map can be measured from the keyboard.
   */
  handleKey(e: KeyboardEvent): void {
    const onCanvas = e.target === this.map.getCanvas();
    if (e.key === "Escape") {
      this.clear();
      if (this.on) {
        this.setMeasuring(false);
        this.events.onMeasuringChange?.(false);
      }
    } else if (this.on && onCanvas && e.key === "Backspace") {
      if (this.undo()) e.preventDefault();
    } else if (this.on && onCanvas && e.key === "Enter") {
      e.preventDefault();
      const centre = this.map.getCenter();
      this.add(centre.lng, centre.lat);
    }
  }

  add(lon: number, lat: number): void {
    this.points.push([lon, lat]);
    this.update();
  }

  /** Removes the last point; false when there was none. */
  undo(): boolean {
    if (this.points.length === 0) return false;
    this.points.pop();
    this.update();
    return true;
  }

  /** Removes every point and the border spot. */
  clear(): void {
    if (this.points.length > 0) {
      this.points = [];
      this.update();
    }
    this.spotRequest++;
    this.setSpot(null);
  }

  setUnit(unit: LengthUnit): void {
    this.unit = unit;
    this.redraw();
  }

  /** Measures a spot's distance to the border and draws the line to its nearest point; a newer spot wins. */
  async distanceToBorderFrom(lon: number, lat: number): Promise<void> {
    const request = ++this.spotRequest;
    this.setSpot({ lon, lat, state: "pending" });
    let spot: BorderSpot;
    try {
      spot = { lon, lat, state: "done", distance: await this.measureBorder(lon, lat) };
    } catch (error) {
      spot = { lon, lat, state: "failed", error: error instanceof Error ? error.message : String(error) };
    }
    if (request === this.spotRequest) this.setSpot(spot);
  }

  /** Draws everything again, e.g. once the style has loaded (nothing to do while nothing is measured: the style's sources start empty). */
  redraw(): void {
    if (this.points.length === 0 && this.spot === null) return;
    this.draw();
    this.drawSpot();
  }

  private setSpot(spot: BorderSpot | null): void {
    if (spot === null && this.spot === null) return;
    this.spot = spot;
    this.drawSpot();
    this.events.onSpot?.(spot);
  }

  private update(): void {
    this.path = measurePath(this.points);
    this.draw();
    this.events.onPath?.(this.path);
  }

  private source(id: string): maplibregl.GeoJSONSource | undefined {
    return this.map.getSource<maplibregl.GeoJSONSource>(id);
  }

  private draw(): void {
    this.source("measure")?.setData(measureFeatures(this.path, this.unit));
  }

  private drawSpot(): void {
    const spot = this.spot;
    if (!spot) {
      this.source("measure-border")?.setData(empty);
      return;
    }
    const at: Feature<Point> = { type: "Feature", geometry: { type: "Point", coordinates: [spot.lon, spot.lat] }, properties: { kind: "spot" } };
    const line =
      spot.state === "done"
        ? nearestLineCollection(spot.lon, spot.lat, spot.distance, describeSpotToBorder(spot.distance, this.unit)).features
        : [];
    this.source("measure-border")?.setData({ type: "FeatureCollection", features: [at, ...line] });
  }
}
