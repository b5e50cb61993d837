import { memo, useRef, useState } from "react";
import type { SharePanelProps } from "./use-share";

/** The link to this view, to copy. (What an opened link could not do is said over the map: `MapNotices`.) */
export const SharePanel = memo(function SharePanel({ link }: SharePanelProps) {
  const [copied, setCopied] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("Link copied.");
    } catch {
      // No clipboard (an insecure origin, a refused permission): the link is selected for the user to copy.
      field.current?.select();
      setCopied("Select and copy the link above.");
    }
  };
  return (
    <section className="panel share" aria-labelledby="share-title">
      <h2 id="share-title">Share this view</h2>
      <input ref={field} type="text" readOnly name="share-link" aria-label="Link to this view" value={link} onFocus={(e) => e.target.select()} />
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="share__copied" role="status" aria-live="polite">
        {copied}
      </span>
    </section>
  );
});
