import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { AlongBorderPanel } from "./components/AlongBorderPanel";
import { BorderBands } from "./components/BorderBands";
import { DataPanel } from "./components/DataPanel";
import { LayerToggles } from "./components/LayerToggles";
import { Legend } from "./components/Legend";
import { MapView } from "./components/MapView";
import { MeasurePanel } from "./components/MeasurePanel";
import { ReportViewPanel } from "./components/ReportViewPanel";
import { FilterPanel } from "./components/FilterPanel";
import { ReportList } from "./components/ReportList";
import { Timeline } from "./components/Timeline";
import { PlaceSearch } from "./components/PlaceSearch";
import { useReportList } from "./components/use-report-list";
import { useReportFilter } from "./components/use-report-filter";
import { useReportView } from "./components/use-report-view";
import { useAlongBorder } from "./components/use-along-border";
import { useBorderBands } from "./components/use-border-bands";
import { useMeasure } from "./components/use-measure";
import { useDatasets } from "./components/use-datasets";
import { useFileDrop } from "./components/use-file-drop";
import { LAYER_GROUPS, type BasemapId, type LayerGroup } from "./map/layer-groups";
import type { ReportView } from "./map/report-view-style";
import type { Camera, ViewState } from "./core/url-state";
import { readLink, usePermalink } from "./components/use-permalink";
import { SharePanel } from "./components/SharePanel";
import { ExportPanel } from "./components/ExportPanel";
import type { ReportFeature } from "./core/report";
import { DEFAULT_BANDS_KM } from "./core/band-distances";
import { describeMapFilters } from "./core/describe-filter";
import { encodeViewState } from "./core/url-state";
import { goToBasemapPage, isOnlinePage } from "./data/online-page";
import { DEFAULT_EVENT_PARAMS } from "./core/events";
import { SnapshotPanel } from "./components/SnapshotPanel";
import { useSnapshot } from "./components/use-snapshot";
import { snapshotLegend } from "./snapshot/snapshot-legend";

const ALL_VISIBLE: Record<LayerGroup, boolean> = { basemap: true, bands: true, durand: true, kp: true, places: true, reports: true };
const NO_REPORTS: readonly ReportFeature[] = [];

/** Layer groups as a link names them: those switched off. */
function visibilityOf(hidden: readonly string[] | undefined): Record<LayerGroup, boolean> {
  const v = { ...ALL_VISIBLE };
  for (const g of hidden ?? []) if (g in v) v[g as LayerGroup] = false;
  return v;
}

/** The link a ?bare page (the command line's) prints: the app's address it was given (`linkBase`), or a hint, then the view. */
function bareLink(link: string): string {
  const hash = link.includes("#") ? link.slice(link.indexOf("#")) : "";
  const base = new URLSearchParams(window.location.search).get("linkBase");
  return base && /^https?:\/\//.test(base) ? `${base}${hash}` : `the app's address followed by ${hash || "#"}`;
}

export function App() {
  // The view a shared link asks for (the page's address when it opened).
  const [opened] = useState(readLink);
  // A snapshot file's view is opened like a link, once the permalink is there to apply it.
  const openView = useRef<(hash: string) => void>(() => undefined);
  const data = useDatasets((hash) => openView.current(hash));
  const { dataset } = data;
  const [visibility, setVisibility] = useState(() => visibilityOf(opened.state.hidden));
  // The basemap is the page's: online.html shows OpenStreetMap, index.html the offline one (their policies allow no other).
  const [online] = useState(isOnlinePage);
  const basemap: BasemapId = online ? "osm" : "offline";
  const measure = useMeasure();
  const bands = useBorderBands(dataset?.reports ?? NO_REPORTS, { distancesKm: opened.state.bands, withinKm: opened.state.withinKm });
  const along = useAlongBorder(dataset?.reports ?? NO_REPORTS, opened.state.along ?? null);
  const views = useReportView((opened.state.view as ReportView | undefined) ?? "reports", { density: opened.state.density, params: opened.state.eventParams });
  const filters = useReportFilter(dataset?.reports ?? NO_REPORTS, opened.state.filter);
  const list = useReportList();
  const [camera, setCamera] = useState<Camera | undefined>(opened.state.camera);
  const [selected, setSelected] = useState<string | undefined>(opened.state.selected);
  const [selectedEvent, setSelectedEvent] = useState<string | undefined>(opened.state.event);
  const [cameraRequest, setCameraRequest] = useState<{ camera: Camera; seq: number } | null>(null);
  const [openRequest, setOpenRequest] = useState<{ id: string | null; seq: number } | null>(null);
  // The linked report opens once its reports are loaded.
  const [linkedReport, setLinkedReport] = useState(opened.state.selected ?? null);
  useEffect(() => {
    if (!dataset || linkedReport === null) return;
    setOpenRequest((r) => ({ id: linkedReport, seq: (r?.seq ?? 0) + 1 }));
    setLinkedReport(null);
  }, [dataset, linkedReport]);
  // The linked event opens once the events view has grouped the reports (its ids come from that grouping).
  const [linkedEvent, setLinkedEvent] = useState(opened.state.event ?? null);
  const [openEventRequest, setOpenEventRequest] = useState<{ id: string; seq: number } | null>(null);
  const eventsDrawn = views.panel.status?.state === "drawn" ? views.panel.status : null;
  useEffect(() => {
    if (!eventsDrawn || linkedEvent === null) return;
    setOpenEventRequest((r) => ({ id: linkedEvent, seq: (r?.seq ?? 0) + 1 }));
    setLinkedEvent(null);
  }, [eventsDrawn, linkedEvent]);

  // Picking the other basemap moves to its page, with this view in the address.
  const chooseBasemap = useRef<(b: BasemapId) => void>(() => undefined);
  const onFilter = filters.panel.onFilter;
  const onView = views.panel.onView;
  const { onWithinKm, onDistances } = bands.panel;
  const { onDensity, onParams } = views.panel;
  const onAlongSelect = along.panel.onSelect;
  const viewState: ViewState = {
    camera,
    filter: filters.panel.filter,
    selected,
    event: views.panel.view === "events" ? selectedEvent : undefined,
    hidden: LAYER_GROUPS.map((g) => g.id).filter((g) => !visibility[g]),
    basemap: basemap === "offline" ? undefined : basemap,
    view: views.panel.view === "reports" ? undefined : views.panel.view,
    withinKm: bands.panel.withinKm ?? undefined,
    bands: [...bands.panel.distancesKm],
    density: views.panel.density || undefined,
    eventParams: { ...DEFAULT_EVENT_PARAMS, ...views.panel.params },
    along: along.panel.selection ?? undefined,
  };
  const { panel: share, openLink } = usePermalink(
    viewState,
    (state) => {
      setVisibility(visibilityOf(state.hidden));
      // The basemap stays the page's: only the Layers panel moves to the other page (index.html asks no other server).
      onView((state.view as ReportView | undefined) ?? "reports");
      onFilter(state.filter);
      onWithinKm(state.withinKm ?? null);
      onDistances(state.bands ?? [...DEFAULT_BANDS_KM]);
      onDensity(state.density ?? false);
      onParams(state.eventParams ?? DEFAULT_EVENT_PARAMS);
      onAlongSelect(state.along ?? null);
      setSelected(state.selected);
      setSelectedEvent(state.event);
      setLinkedEvent(state.event ?? null);
      if (state.camera) setCameraRequest((r) => ({ camera: state.camera!, seq: (r?.seq ?? 0) + 1 }));
      setOpenRequest((r) => ({ id: state.selected ?? null, seq: (r?.seq ?? 0) + 1 }));
    },
    !online && opened.state.basemap === "osm"
      ? [...opened.problems, '"basemap=osm" not applied: this page draws only the offline basemap and asks no other server; pick OpenStreetMap under Layers to load it']
      : opened.problems,
  );
  useEffect(() => {
    openView.current = openLink;
    chooseBasemap.current = (b: BasemapId) => goToBasemapPage(b === "osm", encodeViewState({ ...viewState, basemap: b === "offline" ? undefined : b }));
  });
  const link = useMemo(
    () => ({
      initialCamera: opened.state.camera,
      camera: cameraRequest,
      open: openRequest,
      openEvent: openEventRequest,
      onCamera: setCamera,
      onSelect: (ids: string[]) => setSelected(ids[0]),
      onSelectEvent: (id: string | null) => setSelectedEvent(id ?? undefined),
    }),
    [opened.state.camera, cameraRequest, openRequest, openEventRequest],
  );

  // ?bare: the map alone, filling the window (the command line's snapshots, whose server is gone once the image is made).
  const [bare] = useState(() => new URLSearchParams(window.location.search).has("bare"));
  const snapshot = useSnapshot(
    () => ({
      shown: list.shown.map((f) => f.properties),
      total: dataset?.reports.length ?? 0,
      inPicture: visibility.reports ? list.panel.inView : 0,
      reportsHidden: !visibility.reports,
      filter: filters.panel.filter,
      moreFilters: describeMapFilters({ withinKm: bands.panel.withinKm, along: along.panel.selection }),
      datasetName: dataset?.name ?? "none loaded",
      link: bare ? bareLink(share.link) : share.link,
    }),
    () =>
      snapshotLegend({
        view: views.panel.view,
        density: views.panel.density,
        visible: visibility,
        bandsKm: bands.panel.distancesKm,
        shownSubEventTypes: list.shown.map((f) => f.properties.sub_event_type),
      }),
  );

  // A place found by name: MapView moves the map there (a request, like the others).
  const [place, setPlace] = useState<{ lon: number; lat: number; seq: number } | null>(null);
  // On a phone the panels are a sheet; going to a place or a report closes it, so that the map shows.
  const [sheetOpen, setSheetOpen] = useState(false);
  const showPlace = useCallback((p: { lon: number; lat: number }) => {
    setSheetOpen(false);
    setPlace((old) => ({ lon: p.lon, lat: p.lat, seq: (old?.seq ?? 0) + 1 }));
  }, []);

  const { dragging, dropProps } = useFileDrop(data.onFile);

  const openFromList = list.panel.onOpen;
  const listPanel = useMemo(
    () => ({
      ...list.panel,
      onOpen: (id: string) => {
        setSheetOpen(false);
        openFromList(id);
      },
    }),
    [list.panel, openFromList],
  );

  return (
    <div className={bare ? "app app--bare" : "app"} {...dropProps}>
      {dragging && (
        <div className="app__drop" aria-hidden="true">
          Drop a GeoJSON, CSV, KML or snapshot file to open it
        </div>
      )}
      <header className="app__header">
        <h1>Afghanistan–Pakistan border incidents</h1>
        <p>Shelling and cross-border fire along the Durand Line, one dot per source&apos;s account.</p>
      </header>
      <aside className={`app__panels${sheetOpen ? " app__panels--open" : ""}`} aria-label="Panels">
        {/* On a phone the panels are a sheet over the map's foot: this opens and closes it (hidden on wider screens). */}
        <button type="button" className="app__sheet-handle" aria-expanded={sheetOpen} onClick={() => setSheetOpen((o) => !o)}>
          {sheetOpen ? "Hide the panels" : "Search, filters, list and tools"}
        </button>
        <PlaceSearch onPlace={showPlace} />
        <DataPanel {...data} />
        <SharePanel {...share} />
        <SnapshotPanel {...snapshot.panel} />
        <ExportPanel
          reports={dataset?.reports ?? NO_REPORTS}
          shown={list.shown}
          events={views.panel.view === "events" ? views.panel.status : null}
          view={share.link.includes("#") ? share.link.slice(share.link.indexOf("#") + 1) : ""}
          datasetName={dataset?.name ?? ""}
        />
        <LayerToggles
          visibility={visibility}
          onToggle={(group, visible) => setVisibility((v) => ({ ...v, [group]: visible }))}
          basemap={basemap}
          onBasemap={(b) => chooseBasemap.current(b)}
        />
        <FilterPanel {...filters.panel} />
        <ReportList {...listPanel} />
        <ReportViewPanel {...views.panel} />
        <BorderBands {...bands.panel} />
        <AlongBorderPanel {...along.panel} />
        <MeasurePanel {...measure.panel} />
        <Legend reports={dataset?.reports ?? NO_REPORTS} view={views.panel.view} />
      </aside>
      <main className="app__map">
        <div className="app__map-area">
          <MapView reports={dataset?.reports ?? []} visibility={visibility} basemap={basemap} measure={measure.map} bands={bands.map} along={along.map} views={views.map} filters={filters.map} list={list.map} place={place} link={link} snapshot={snapshot.map} />
        </div>
        <Timeline {...filters.timeline} />
      </main>
    </div>
  );
}
