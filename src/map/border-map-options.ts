import type { Camera } from "../core/url-state";
import type { Feature, Point } from "geojson";
import type { DisplayProperties } from "../core/display-reports";
import type { MeasuredPath } from "../core/measure-path";
import type { Bounds } from "../core/report-list";
import type { BorderSpot } from "./measure-layer";
import type { EventsStatus } from "./report-views";
import type { StyleUrls } from "./style";

/** What the map module is given, and what it tells its owner (React's MapView). */
export interface BorderMapOptions {
  container: HTMLElement;
  urls: StyleUrls;
  /** Places whose accuracy is drawn as a circle (Spin Boldak, Weesh, the crossing). */
  placesWithAccuracy: (place: { id?: unknown; approximate?: unknown }) => boolean;
  onSelect?: (reportIds: string[]) => void;
  /** The event whose popup is open (null: none), for the link. */
  onSelectEvent?: (eventId: string | null) => void;
  /** The measure tool's path, its border spot, and the tool turning itself off (Escape). */
  onMeasure?: (path: MeasuredPath) => void;
  onBorderSpot?: (spot: BorderSpot | null) => void;
  onMeasuringChange?: (on: boolean) => void;
  /** Each report's distance to the border (metres, by id), measured in the worker when reports load. */
  onBorderDistances?: (distancesM: ReadonlyMap<string, number>) => void;
  /** Each report's side of the border (`AF`, `PK`, `none`), measured with the distances. */
  onBorderSides?: (sides: ReadonlyMap<string, string>) => void;
  /** Each report's position along the border (km from the Iran tripoint), and the border's length. */
  onAlongBorder?: (alongKm: ReadonlyMap<string, number>, borderKm: number) => void;
  /** The buffer bands: computing, drawn (with the worker's time) or failed. */
  onBands?: (status: BandsStatus) => void;
  /** The reports the filters let through (with their measured distances), each time that set changes. */
  onShown?: (features: readonly Feature<Point, DisplayProperties>[]) => void;
  /** The map's view (west, south, east, north), when it has loaded and after each move. */
  onView?: (bounds: Bounds) => void;
  /** Where the map looks, after each move (for the link). */
  onCamera?: (camera: Camera) => void;
  /** Where to look first (a shared link); the whole border when absent. */
  initialCamera?: Camera;
  /** The report under the pointer on the map, or null. */
  onHover?: (id: string | null) => void;
  /** Grouping the shown reports into events (the events view): computing, drawn or failed. */
  onEvents?: (status: EventsStatus) => void;
}

export type BandsStatus =
  | { state: "computing"; distancesKm: readonly number[] }
  | { state: "drawn"; distancesKm: readonly number[]; ms: number }
  | { state: "failed"; distancesKm: readonly number[]; message: string };
