import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { snapshotCaption, type SnapshotText } from "../core/snapshot/snapshot-caption";
import { snapshotLayout, type SnapshotLayout, type SnapshotSize } from "../core/snapshot/snapshot-layout";
import { bandLines, extraLines } from "../snapshot/snapshot-text";
import { withDpi } from "../core/snapshot/png-dpi";
import type { MapCapture } from "../map/map-capture";
import { drawSnapshot } from "../snapshot/draw-snapshot";
import { saveBlob } from "./save-file";
import { useAppState, usePage } from "../state/use-app-state";
import type { MapCommands } from "../state/map-handle";
import type { Bounds } from "../core/view/report-list";
import { snapshotCaptionOf, snapshotHeadingsOf, snapshotLegendOf } from "../state/snapshot-content";

/** The sizes a picture may be asked at: the panel's, or the command line's exact one. */
type AskedSize = SnapshotSize | { width: number; height: number; scale?: number };

export interface SnapshotPanelProps {
  size: SnapshotSize;
  onSize: (size: SnapshotSize) => void;
  onSave: () => void;
  busy: boolean;
  /** What the last snapshot was (name, pixels, seconds) or why it failed. */
  status: string | null;
  /** The title and subtitle fields: the user's text, or null while they follow the view's defaults. */
  title: string | null;
  subtitle: string | null;
  onTitle: (text: string) => void;
  onSubtitle: (text: string) => void;
  /** The defaults from what is shown (the dataset, the period): the fields' text until edited, and what an emptied field gives. */
  defaults: { title: string; subtitle: string };
}

declare global {
  interface Window {
    /** A PNG of the view at an exact size, as base64: for the command line's `snapshot`. */
    __borderSnapshot?: (width: number, height: number, scale?: number) => Promise<string>;
    /** The words the last picture drew (drawn as text on the canvas, so a test cannot read them back from its pixels). */
    __borderSnapshotText?: SnapshotText;
  }
}

/** The canvas as a PNG that says its resolution: 200 dpi at A4, the screen's 96 dpi times the size's scale otherwise. */
async function toPng(canvas: HTMLCanvasElement, size: AskedSize): Promise<Blob> {
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the browser made no PNG"))), "image/png"));
  const dpi = size === "a4" ? 200 : size === "2x" ? 192 : typeof size === "object" ? 96 * (size.scale ?? 1) : 96;
  return new Blob([withDpi(new Uint8Array(await blob.arrayBuffer()), dpi) as Uint8Array<ArrayBuffer>], { type: "image/png" });
}

/**
 * PNG snapshots of the view: asks the map for its image at the size's pixel
 * ratio, then draws the title, the filters in words, the legend, the scale
 * bar, the credits, the time and the link (`link`, read then) around it,
 * all from the store's state at that moment.
 */
export function useSnapshot(link: () => string): SnapshotPanelProps {
  const { map, work, store } = usePage();
  const [size, setSize] = useState<SnapshotSize>("2x");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [title, setTitle] = useState<string | null>(null);
  const [subtitle, setSubtitle] = useState<string | null>(null);
  // The defaults follow what is shown; deferred, so that a playback's steps do not wait for them.
  const shown = useDeferredValue(useAppState((s) => s.shown));
  const filter = useDeferredValue(useAppState((s) => s.view.filter));
  const dataset = useAppState((s) => s.dataset);
  const defaults = useMemo(() => snapshotHeadingsOf(store.getState()), [store, shown, filter, dataset]);
  // The latest link and headings, read when the map's image arrives.
  const linkNow = useRef(link);
  const headingsNow = useRef({ title, subtitle });
  useEffect(() => {
    linkNow.current = link;
    headingsNow.current = { title, subtitle };
  });

  /** Waits for the store's work (distances, bands, events), asks the map for its image, then draws the rest around it. */
  const make = useCallback(
    async (asked: AskedSize): Promise<{ blob: Blob; layout: SnapshotLayout }> => {
      await work.settled();
      const commands = await new Promise<MapCommands>((resolve) => map.run(resolve));
      const screen = commands.size();
      const ctx = document.createElement("canvas").getContext("2d")!;
      const own = asked === "screen" || asked === "2x" || asked === "a4" ? { title: headingsNow.current.title ?? undefined, subtitle: headingsNow.current.subtitle ?? undefined } : {};
      const words = (attribution: string, bounds?: Bounds) =>
        snapshotCaption({ ...snapshotCaptionOf(store.getState(), linkNow.current(), bounds), ...own, attribution, madeAt: new Date() });
      // Long captions, credits or links get the lines they need: the bands grow (the map's box shrinks at a fixed size).
      // Measured once before the map is drawn, as its box on paper depends on them, and again with the map's own credits and area.
      const provisional = snapshotLayout(screen, asked);
      const first = snapshotLayout(screen, asked, extraLines(bandLines(ctx, words(""), provisional.width, provisional.textScale, provisional.margin)));
      const capture: MapCapture = await commands.capture(first.mapPixelRatio, first.drawCss);
      const state = store.getState();
      const text = words(capture.attribution, capture.bounds);
      const lines = bandLines(ctx, text, first.width, first.textScale, first.margin);
      const layout = snapshotLayout(screen, asked, extraLines(lines));
      const canvas = drawSnapshot(layout, capture, text, lines, snapshotLegendOf(state));
      window.__borderSnapshotText = text;
      return { blob: await toPng(canvas, asked), layout };
    },
    [map, work, store],
  );

  const onSave = useCallback(() => {
    const started = performance.now();
    setBusy(true);
    setStatus("Drawing the map…");
    make(size).then(
      ({ blob, layout }) => {
        const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
        const name = `border-map-${stamp}-${size}.png`;
        saveBlob(blob, name);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        setStatus(`Saved ${name}: ${layout.width.toLocaleString("en")} × ${layout.height.toLocaleString("en")} pixels, in ${seconds} s.`);
        setBusy(false);
      },
      (error: unknown) => {
        setStatus(`The picture could not be made: ${error instanceof Error ? error.message : String(error)}`);
        setBusy(false);
      },
    );
  }, [make, size]);

  useEffect(() => {
    window.__borderSnapshot = async (width, height, scale = 1) => {
      const { blob } = await make({ width, height, scale });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    };
    return () => {
      delete window.__borderSnapshot;
    };
  }, [make]);

  return { size, onSize: setSize, onSave, busy, status, title, subtitle, onTitle: setTitle, onSubtitle: setSubtitle, defaults };
}
