import { useAppState, useStore } from "../state/use-app-state";

/** What an opened link (or a snapshot file's view) asked for that could not be done, said over the map where the user looks, until dismissed. */
export function MapNotices() {
  const store = useStore();
  const notices = useAppState((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="map-notices" role="alert">
      <p>Parts of the link could not be used; the rest of the view is as shared:</p>
      <ul>
        {notices.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <button type="button" onClick={() => store.dismissNotices()}>
        Dismiss
      </button>
    </div>
  );
}
