import type { Camera } from "../core/view/url-state";
import type { MeasuredPath } from "../core/distance/measure-path";
import type { Bounds } from "../core/view/report-list";
import type { BorderSpot } from "./measure-layer";
import type { StyleUrls } from "./style";

/** What the map module is given, and the user's doings it tells its owner (React's MapView, which passes them to the store). */
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
  /** The first reports are on screen (or 3 s have passed since the style loaded): work that would compete with drawing them may start. */
  onFirstDraw?: () => void;
  /** The map's view (west, south, east, north), when it has loaded and after each move. */
  onView?: (bounds: Bounds) => void;
  /** Where the map looks, after each move (for the link). */
  onCamera?: (camera: Camera) => void;
  /** Where to look first (a shared link); the whole border when absent. */
  initialCamera?: Camera;
  /** The report under the pointer on the map, or null. */
  onHover?: (id: string | null) => void;
}
