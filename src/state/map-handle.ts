import type { Camera } from "../core/view/url-state";
import type { MapCapture } from "../map/map-capture";

/** The map's imperative commands: what the page asks the map to do now, rather than a state it should be in. */
export interface MapCommands {
  jumpTo(camera: Camera): void;
  /** Opens a report where it is, without moving the map; false when no such report is loaded. */
  openReport(id: string | null): boolean;
  /** Opens an event's popup (`move`: first move to it); false when no such event is drawn. */
  openEvent(id: string, move: boolean): boolean;
  /** Moves to a report and opens it (a row of the list). */
  focusReport(id: string): void;
  /** Moves to a place found by name. */
  showPlace(lon: number, lat: number): void;
  /** The map's image at this pixel ratio, for a picture; `css`: drawn at that CSS size (a page larger than the screen's map), the view's centre and zoom kept. */
  capture(pixelRatio: number, css?: { width: number; height: number }): Promise<MapCapture>;
  /** The map's size on screen, CSS pixels. */
  size(): { width: number; height: number };
  clearMeasure(): void;
  distanceToBorderFromCentre(): void;
}

/**
 * A handle on the map for commands, held by the page from the start: the map
 * attaches itself when made. Commands given before then wait for it.
 */
export class MapHandle {
  private map: MapCommands | null = null;
  private readonly waiting: ((map: MapCommands) => void)[] = [];

  attach(map: MapCommands): void {
    this.map = map;
    for (const run of this.waiting.splice(0)) run(map);
  }

  detach(map: MapCommands): void {
    if (this.map === map) this.map = null;
  }

  /** Runs a command on the map, now or once it is there. */
  run(command: (map: MapCommands) => void): void {
    if (this.map) command(this.map);
    else this.waiting.push(command);
  }

  /** The map, when it is there (commands whose answer matters now). */
  get current(): MapCommands | null {
    return this.map;
  }
}
