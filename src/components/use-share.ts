import { useMemo } from "react";
import { encodeViewState } from "../core/view/url-state";
import { useAppState } from "../state/use-app-state";

export interface SharePanelProps {
  /** The link to this view. */
  link: string;
}

/** The link to the store's view (the address the page keeps in step). */
export function useShare(): SharePanelProps {
  const view = useAppState((s) => s.view);
  return useMemo(() => ({ link: `${window.location.origin}${window.location.pathname}${window.location.search}${encodeViewState(view)}` }), [view]);
}
