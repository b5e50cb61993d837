import { useEffect, useRef } from "react";
import { BorderMap } from "../map/border-map";
import type { BasemapId, LayerGroup } from "../map/layer-groups";
import { LAYER_GROUPS } from "../map/layer-groups";
import type { ReportView } from "../map/report-view-style";
import { geodataUrls } from "../data/geodata-urls";
import type { AppState } from "../state/app-store";
import type { MapCommands } from "../state/map-handle";
import { useMapHandle, useStore } from "../state/use-app-state";
import type { MapMeasureProps } from "./use-measure";

declare global {
  interface Window {
    /** The map, for browser tests and the console; the app's own components never use it. */
    __borderMap?: BorderMap;
  }
}

interface Props {
  /** The measure tool's settings, and where its results go. */
  measure: MapMeasureProps;
  /** The first reports are on screen: the store's work may start. */
  onFirstDraw: () => void;
}

/** Puts the parts of the store's state that changed on the map; `prev` null: all of them (the map is new). */
function render(map: BorderMap, next: AppState, prev: AppState | null): void {
  if (next.dataset !== prev?.dataset) map.setReports(next.dataset?.reports ?? []);
  if (next.facts !== prev?.facts) map.setFacts(next.facts);
  if (next.shown !== prev?.shown || next.view.filter !== prev?.view.filter) map.setShown(next.view.filter, next.shown.mask);
  if (next.view.hidden !== prev?.view.hidden) {
    const hidden = new Set(next.view.hidden ?? []);
    for (const g of LAYER_GROUPS) map.setGroupVisible(g.id as LayerGroup, !hidden.has(g.id));
  }
  if (next.view.view !== prev?.view.view) map.setReportView((next.view.view ?? "reports") as ReportView);
  if (next.view.basemap !== prev?.view.basemap) map.setBasemap((next.view.basemap ?? "offline") as BasemapId);
  if (next.view.density !== prev?.view.density) map.setDensity(next.view.density ?? false);
  if (next.bands !== prev?.bands && next.bands?.state === "drawn") map.setBands(next.bands.bands);
  // While they are regrouped the map keeps the last events (emptying it would cost a frame for nothing).
  if (next.events !== prev?.events && next.events?.state !== "computing") map.setEvents(next.events);
  if (next.hovered !== prev?.hovered) map.hoverReport(next.hovered);
}

/**
 * Creates the map once and destroys it on unmount; keeps it in step with the
 * store (one subscription, the parts that changed) and passes the user's
 * doings on the map back to the store. Commands go through the map handle.
 */
export function MapView({ measure, onFirstDraw }: Props) {
  const store = useStore();
  const handle = useMapHandle();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<BorderMap | null>(null);
  // The map is made once; its events reach the latest handlers through this.
  const measureEvents = useRef(measure);
  const firstDraw = useRef(onFirstDraw);
  useEffect(() => {
    measureEvents.current = measure;
    firstDraw.current = onFirstDraw;
  });

  useEffect(() => {
    if (!container.current) return;
    const el = container.current;
    const borderMap = new BorderMap({
      container: el,
      urls: geodataUrls(),
      placesWithAccuracy: (p) => p.id === "spin-boldak" || p.id === "weesh" || p.approximate === true,
      onMeasure: (path) => measureEvents.current.onPath(path),
      onBorderSpot: (spot) => measureEvents.current.onSpot(spot),
      onMeasuringChange: (on) => measureEvents.current.onMeasuringChange(on),
      onFirstDraw: () => firstDraw.current(),
      onView: (bounds) => store.setBounds(bounds),
      onHover: (id) => store.setHovered(id),
      onCamera: (camera) => store.setCamera(camera),
      onSelect: (ids) => store.select(ids[0]),
      onSelectEvent: (id) => store.selectEvent(id ?? undefined),
      initialCamera: store.getState().view.camera,
    });
    map.current = borderMap;
    window.__borderMap = borderMap;
    let prev: AppState | null = null;
    const sync = () => {
      const next = store.getState();
      render(borderMap, next, prev);
      prev = next;
    };
    sync();
    const unsubscribe = store.subscribe(sync);
    const commands: MapCommands = {
      jumpTo: (camera) => borderMap.setCamera(camera),
      openReport: (id) => borderMap.openReport(id),
      openEvent: (id, move) => borderMap.openEvent(id, move),
      focusReport: (id) => borderMap.focusReport(id),
      showPlace: (lon, lat) => borderMap.showPlace(lon, lat),
      capture: (pixelRatio, css) => borderMap.capture(pixelRatio, css),
      size: () => ({ width: el.clientWidth, height: el.clientHeight }),
      clearMeasure: () => borderMap.clearMeasure(),
      distanceToBorderFromCentre: () => borderMap.distanceToBorderFromCentre(),
    };
    handle.attach(commands);
    return () => {
      unsubscribe();
      handle.detach(commands);
      borderMap.destroy();
      map.current = null;
      if (window.__borderMap === borderMap) delete window.__borderMap;
    };
  }, [store, handle]);

  useEffect(() => map.current?.setMeasuring(measure.measuring), [measure.measuring]);
  useEffect(() => map.current?.setMeasureUnit(measure.unit), [measure.unit]);

  return <div ref={container} className="map" role="region" aria-label="Map of the Afghanistan–Pakistan border" />;
}

