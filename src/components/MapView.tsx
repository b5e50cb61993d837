import { useEffect, useRef } from "react";
import type { ReportFeature } from "../core/report";
import { BorderMap } from "../map/border-map";
import type { BasemapId, LayerGroup } from "../map/layer-groups";
import { geodataUrls } from "../data/geodata-urls";
import type { MapBandsProps } from "./use-border-bands";
import type { MapAlongProps } from "./use-along-border";
import type { MapMeasureProps } from "./use-measure";
import type { MapReportViewProps } from "./use-report-view";
import type { MapFilterProps } from "./use-report-filter";
import type { MapListProps } from "./use-report-list";
import type { Camera } from "../core/url-state";
import { snapshotLayout } from "../core/snapshot-layout";
import type { SnapshotRequest } from "./use-snapshot";

/** What a shared link asks of the map, and what the map tells it back. */
export interface MapLinkProps {
  initialCamera?: Camera;
  camera: { camera: Camera; seq: number } | null;
  open: { id: string | null; seq: number } | null;
  /** An event to open where it is (the events view), once drawn. */
  openEvent: { id: string; seq: number } | null;
  onCamera: (camera: Camera) => void;
  onSelect: (ids: string[]) => void;
  onSelectEvent: (id: string | null) => void;
}

declare global {
  interface Window {
    /** The map, for browser tests and the console; the app's own components never use it. */
    __borderMap?: BorderMap;
  }
}

interface Props {
  reports: readonly ReportFeature[];
  visibility: Record<LayerGroup, boolean>;
  basemap: BasemapId;
  /** The measure tool's settings and requests, and where its results go. */
  measure?: MapMeasureProps;
  /** Buffer bands and the "within N km" filter, and where the map's results go. */
  bands?: MapBandsProps;
  /** The chart along the border: which reports to show alone, and where their positions go. */
  along?: MapAlongProps;
  /** Each report, clusters or events; the heatmap; the event parameters; where the events' status goes. */
  views?: MapReportViewProps;
  /** The explore filters, and where the reports' sides go once measured. */
  filters?: MapFilterProps;
  /** The list of reports in view: the report to open or ring, and where the shown reports, the view and the hovered report go. */
  list?: MapListProps;
  /** A shared link: where to look first, where to look and what to open now (`seq` makes each request new), and where moves and selections go. */
  link?: MapLinkProps;
  /** A PNG snapshot asked for: the map's image goes back through the request. */
  snapshot?: SnapshotRequest | null;
  /** A place found by name to move to; `seq` makes each request new. */
  place?: { lon: number; lat: number; seq: number } | null;
}

/** Creates the map once, destroys it on unmount, and passes data down to it. */
export function MapView({ reports, visibility, basemap, measure, bands, along, views, filters, list, place, link, snapshot }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<BorderMap | null>(null);
  // The map is made once; its events reach the latest handlers through this.
  const measureEvents = useRef(measure);
  const bandsEvents = useRef(bands);
  const alongEvents = useRef(along);
  const viewEvents = useRef(views);
  const filterEvents = useRef(filters);
  const listEvents = useRef(list);
  const linkEvents = useRef(link);
  useEffect(() => {
    linkEvents.current = link;
    filterEvents.current = filters;
    listEvents.current = list;
    measureEvents.current = measure;
    bandsEvents.current = bands;
    alongEvents.current = along;
    viewEvents.current = views;
  });

  useEffect(() => {
    if (!container.current) return;
    const borderMap = new BorderMap({
      container: container.current,
      urls: geodataUrls(),
      placesWithAccuracy: (p) => p.id === "spin-boldak" || p.id === "weesh" || p.approximate === true,
      onMeasure: (path) => measureEvents.current?.onPath(path),
      onBorderSpot: (spot) => measureEvents.current?.onSpot(spot),
      onMeasuringChange: (on) => measureEvents.current?.onMeasuringChange(on),
      onBands: (status) => bandsEvents.current?.onBands(status),
      onBorderDistances: (distancesM) => {
        bandsEvents.current?.onBorderDistances(distancesM);
        filterEvents.current?.onBorderDistances(distancesM);
      },
      onAlongBorder: (alongKm, borderKm) => alongEvents.current?.onAlongBorder(alongKm, borderKm),
      onEvents: (status) => viewEvents.current?.onEvents(status),
      onBorderSides: (sides) => filterEvents.current?.onBorderSides(sides),
      onShown: (features) => listEvents.current?.onShown(features),
      onView: (bounds) => listEvents.current?.onView(bounds),
      onHover: (id) => listEvents.current?.onHover(id),
      onCamera: (camera) => linkEvents.current?.onCamera(camera),
      onSelect: (ids) => linkEvents.current?.onSelect(ids),
      onSelectEvent: (id) => linkEvents.current?.onSelectEvent(id),
      initialCamera: linkEvents.current?.initialCamera,
    });
    map.current = borderMap;
    window.__borderMap = borderMap;
    return () => {
      borderMap.destroy();
      map.current = null;
      if (window.__borderMap === borderMap) delete window.__borderMap;
    };
  }, []);

  useEffect(() => map.current?.setReports(reports), [reports]);

  useEffect(() => {
    for (const [group, visible] of Object.entries(visibility)) map.current?.setGroupVisible(group as LayerGroup, visible);
  }, [visibility]);

  useEffect(() => map.current?.setBasemap(basemap), [basemap]);

  const bandsKm = bands?.distancesKm;
  useEffect(() => map.current?.setBands(bandsKm ?? []), [bandsKm]);

  useEffect(() => map.current?.setWithinKm(bands?.withinKm ?? null), [bands?.withinKm]);

  useEffect(() => map.current?.setOnlyIds(along?.onlyIds ?? null), [along?.onlyIds]);

  useEffect(() => map.current?.setReportView(views?.view ?? "reports"), [views?.view]);

  useEffect(() => map.current?.setDensity(views?.density ?? false), [views?.density]);

  const filter = filters?.filter;
  useEffect(() => {
    if (filter) map.current?.setFilter(filter);
  }, [filter]);

  useEffect(() => {
    if (place) map.current?.showPlace(place.lon, place.lat);
  }, [place]);

  const cameraRequest = link?.camera;
  useEffect(() => {
    if (cameraRequest) map.current?.setCamera(cameraRequest.camera);
  }, [cameraRequest]);

  const openRequest = link?.open;
  useEffect(() => {
    if (openRequest) map.current?.openReport(openRequest.id);
  }, [openRequest]);

  useEffect(() => {
    const el = container.current;
    if (!snapshot || !map.current || !el) return;
    const layout = snapshotLayout({ width: el.clientWidth, height: el.clientHeight }, snapshot.size);
    map.current.capture(layout.mapPixelRatio).then((capture) => snapshot.done(layout, capture), snapshot.failed);
  }, [snapshot]);

  const linkedEvent = link?.openEvent;
  useEffect(() => {
    if (linkedEvent) map.current?.openEvent(linkedEvent.id, false);
  }, [linkedEvent]);

  const focus = list?.focus;
  useEffect(() => {
    if (focus) map.current?.focusReport(focus.id);
  }, [focus]);

  useEffect(() => map.current?.hoverReport(list?.hovered ?? null), [list?.hovered]);

  const openEvent = views?.openEvent;
  useEffect(() => {
    if (openEvent) map.current?.openEvent(openEvent.id);
  }, [openEvent]);

  const eventParams = views?.params;
  useEffect(() => {
    if (eventParams) map.current?.setEventParams(eventParams);
  }, [eventParams]);

  useEffect(() => map.current?.setMeasuring(measure?.measuring ?? false), [measure?.measuring]);

  useEffect(() => map.current?.setMeasureUnit(measure?.unit ?? "km"), [measure?.unit]);

  const command = measure?.command;
  useEffect(() => {
    if (command?.type === "clear") map.current?.clearMeasure();
    if (command?.type === "border-from-centre") map.current?.distanceToBorderFromCentre();
  }, [command]);

  return <div ref={container} className="map" role="region" aria-label="Map of the Afghanistan–Pakistan border" />;
}
