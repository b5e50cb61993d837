import { useMemo } from "react";
import { encodeViewState } from "../core/view/url-state";
import { useAppState } from "../state/use-app-state";

export interface SharePanelProps {
  /** The link to this view. */
  link: string;
  /** What the opened link asked for that could not be done. */
  problems: readonly string[];
}

/** The link to the store's view (the address the page keeps in step), and the notices of what a link could not do. */
export function useShare(): SharePanelProps {
  const view = useAppState((s) => s.view);
  const problems = useAppState((s) => s.notices);
  return useMemo(() => ({ link: `${window.location.origin}${window.location.pathname}${window.location.search}${encodeViewState(view)}`, problems }), [view, problems]);
}
