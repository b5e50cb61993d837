import { memo, useRef, useState } from "react";
import type { SharePanelProps } from "./use-share";

/** The link to this view, to copy, and what an opened link asked for that could not be done. */
export const SharePanel = memo(function SharePanel({ link, problems }: SharePanelProps) {
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
      {problems.length > 0 && (
        <div className="share__problems" role="alert">
          <p>Parts of the link could not be used; the rest of the view is as shared:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
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
