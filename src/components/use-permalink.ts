import { useCallback, useEffect, useRef, useState } from "react";
import { decodeViewState, encodeViewState, type ViewState } from "../core/url-state";
import { BASEMAPS, LAYER_GROUPS } from "../map/layer-groups";

const CHOICES = { layerGroups: LAYER_GROUPS.map((g) => g.id), basemaps: BASEMAPS.map((b) => b.id), views: ["reports", "clusters", "events"] };

/** The view state in the page's address now, and what in it could not be used. */
export function readLink(): { state: ViewState; problems: string[] } {
  return decodeViewState(window.location.hash, CHOICES);
}

/** The state without its camera, as a link writes it: a change here is worth a step back. */
const withoutCamera = (state: ViewState) => encodeViewState({ ...state, camera: undefined });

export interface SharePanelProps {
  /** The link to this view. */
  link: string;
  /** What the opened link asked for that could not be done. */
  problems: string[];
}

/**
 * Keeps the page's address in step with the view: a move of the map replaces
 * the address, any other change (filters, selection, layers, basemap, view)
 * adds a step that Back and Forward walk through, and they put that state back
 * (`apply`). Changes within a second of a step replace it.
 */
export function usePermalink(current: ViewState, apply: (state: ViewState) => void, initialProblems: string[]): { panel: SharePanelProps; openLink: (hash: string) => void } {
  const [problems, setProblems] = useState(initialProblems);
  const [link, setLink] = useState(window.location.href);
  const written = useRef(encodeViewState(current));
  const lastStep = useRef(Number.NEGATIVE_INFINITY);
  const applyRef = useRef(apply);
  applyRef.current = apply;

  const hash = encodeViewState(current);
  useEffect(() => {
    if (hash === written.current) return;
    const before = decodeViewState(written.current, CHOICES).state;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    // A new step for a change other than a move, unless the last step is under a second old
    // (typing a number, playback): those replace it, so that Back goes to a view that was looked at.
    const now = performance.now();
    if (withoutCamera(before) === withoutCamera(current) || now - lastStep.current < 1_000) window.history.replaceState(null, "", url);
    else {
      window.history.pushState(null, "", url);
      lastStep.current = now;
    }
    written.current = hash;
    setLink(window.location.href);
    // `current` is read through `hash`, which changes with it.
  }, [hash]);

  // A link with parts that could not be used: the address keeps only what applies (the notice says what was dropped).
  useEffect(() => {
    if (window.location.hash === written.current) return;
    window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}${written.current}`);
    setLink(window.location.href);
  }, []);

  const onPopState = useCallback(() => {
    const { state, problems: found } = readLink();
    written.current = encodeViewState(state);
    setProblems(found);
    setLink(window.location.href);
    applyRef.current(state);
  }, []);
  useEffect(() => {
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [onPopState]);

  /** Opens a view as if its link had been followed (a snapshot file's): a new step in the history. */
  const openLink = useCallback(
    (hash: string) => {
      window.history.pushState(null, "", `${window.location.pathname}${window.location.search}#${hash.replace(/^#/, "")}`);
      lastStep.current = performance.now();
      onPopState();
    },
    [onPopState],
  );

  return { panel: { link, problems }, openLink };
}
