import { useCallback, useMemo, useState } from "react";
import { AlongBorderPanel } from "./components/AlongBorderPanel";
import { BorderBands } from "./components/BorderBands";
import { DataPanel } from "./components/DataPanel";
import { LayerToggles } from "./components/LayerToggles";
import { MapLegend } from "./components/MapLegend";
import { MapSummary } from "./components/MapSummary";
import { MapNotices } from "./components/MapNotices";
import { PlaybackStamp } from "./components/PlaybackStamp";
import { DensityNotice } from "./components/DensityNotice";
import { SidebarTabs } from "./components/SidebarTabs";
import { useSidebar } from "./components/use-sidebar";
import { useExport } from "./components/use-export";
import { MapView } from "./components/MapView";
import { MeasurePanel } from "./components/MeasurePanel";
import { ReportViewPanel } from "./components/ReportViewPanel";
import { FilterPanel } from "./components/FilterPanel";
import { ReportList } from "./components/ReportList";
import { Timeline } from "./components/Timeline";
import { PlaceSearch } from "./components/PlaceSearch";
import { useReportList } from "./components/use-report-list";
import { useFilterPanel, useTimeline } from "./components/use-report-filter";
import { useReportView } from "./components/use-report-view";
import { useAlongBorder } from "./components/use-along-border";
import { useBorderBands } from "./components/use-border-bands";
import { useMeasure } from "./components/use-measure";
import { useDatasets } from "./components/use-datasets";
import { useFileDrop } from "./components/use-file-drop";
import { useShare } from "./components/use-share";
import type { BasemapId } from "./map/layer-groups";
import { SharePanel } from "./components/SharePanel";
import { ExportPanel } from "./components/ExportPanel";
import { encodeViewState } from "./core/view/url-state";
import { goToBasemapPage } from "./data/online-page";
import { SnapshotPanel } from "./components/SnapshotPanel";
import { useSnapshot } from "./components/use-snapshot";
import { bareLink } from "./components/bare-link";
import { useAppState, usePage } from "./state/use-app-state";
import { visibilityOf } from "./state/layer-visibility";

/** The page's layout: the panels, the map and the timeline, each reading the store. */
export function App() {
  const { store, map, firstDrawn } = usePage();
  const data = useDatasets();
  const dataset = useAppState((s) => s.dataset);
  const view = useAppState((s) => s.view);
  const visibility = useMemo(() => visibilityOf(view.hidden), [view.hidden]);
  // The basemap is the page's (startPage put it in the view): online.html shows OpenStreetMap, index.html the offline one.
  const basemap = (view.basemap ?? "offline") as BasemapId;
  const measure = useMeasure();
  // On a phone a tab's panels are a sheet; going to a place or a report closes it, so that the map shows.
  const sidebar = useSidebar(data.rejected ?? (dataset?.issues.length ? dataset : null));
  const list = useReportList(sidebar.close);
  const share = useShare();
  const reportView = useReportView();

  // ?bare: the map alone, filling the window (the command line's snapshots, whose server is gone once the image is made).
  const [bare] = useState(() => new URLSearchParams(window.location.search).has("bare"));
  const snapshot = useSnapshot(() => (bare ? bareLink(share.link) : share.link));

  const showPlace = useCallback(
    (p: { lon: number; lat: number }) => {
      sidebar.close();
      map.run((m) => m.showPlace(p.lon, p.lat));
    },
    [map, sidebar.close],
  );
  // Picking the other basemap moves to its page, with this view in the address.
  const chooseBasemap = (b: BasemapId) => goToBasemapPage(b === "osm", encodeViewState({ ...store.getState().view, basemap: b === "offline" ? undefined : b }));

  const focusMap = () => document.querySelector<HTMLElement>(".maplibregl-canvas")?.focus();

  const { dragging, dropProps } = useFileDrop(data.onFile);
  const hash = share.link.includes("#") ? share.link.slice(share.link.indexOf("#") + 1) : "";

  return (
    <div className={bare ? "app app--bare" : "app"} {...dropProps}>
      {dragging && (
        <div className="app__drop" aria-hidden="true">
          Drop a GeoJSON, CSV, KML or snapshot file to open it
        </div>
      )}
      {/* A button, not a link: the address's fragment is the view's state. */}
      <button type="button" className="skip-link" onClick={focusMap}>
        Skip to the map
      </button>
      <header className="app__header">
        <h1>Afghanistan–Pakistan border incidents</h1>
        <p>Shelling and cross-border fire along the Durand Line, one dot per source&apos;s account.</p>
      </header>
      {/* The map comes first in the page's order, so that it is a few Tab presses away; the grid puts the panels on its left. */}
      <main className="app__map">
        <div className="app__map-area">
          <MapView measure={measure.map} onFirstDraw={firstDrawn} />
          <PlaybackStamp />
          <div className="map-overlays">
            <div className="map-overlays__column">
              <MapSummary />
              <MapNotices />
              <DensityNotice />
            </div>
            <MapLegend startOpen={!sidebar.phone} />
          </div>
        </div>
        <Timeline {...useTimeline()} />
      </main>
      <aside className={`app__panels${sidebar.open ? " app__panels--open" : ""}`} aria-label="Tools">
        <SidebarTabs
          tab={sidebar.tab}
          onTab={sidebar.setTab}
          open={sidebar.open}
          onOpen={sidebar.setOpen}
          panels={{
            explore: (
              <>
                <PlaceSearch onPlace={showPlace} />
                <ReportViewPanel {...reportView} />
                <FilterPanel {...useFilterPanel()} />
                <ReportList {...list} />
                <LayerToggles visibility={visibility} onToggle={(group, visible) => store.setLayerVisible(group, visible)} basemap={basemap} onBasemap={chooseBasemap} />
              </>
            ),
            measure: (
              <>
                <BorderBands {...useBorderBands()} />
                <AlongBorderPanel {...useAlongBorder()} />
                <MeasurePanel {...measure.panel} />
              </>
            ),
            share: (
              <>
                <SharePanel {...share} />
                <SnapshotPanel {...snapshot} />
                <ExportPanel {...useExport(hash)} />
              </>
            ),
            data: <DataPanel {...data} />,
          }}
        />
      </aside>
    </div>
  );
}
