import { periodWords } from "../core/view/period-words";
import { useAppState } from "../state/use-app-state";
import "./playback-stamp.css";

/**
 * The period shown, in large type at the top of the map, while the timeline
 * plays; nothing otherwise. It reads the store (no props): place it inside
 * the map's area, which must be `position: relative`. Screen readers are not
 * told each step (several a second); the timeline's slider says the period.
 */
export function PlaybackStamp() {
  const playing = useAppState((s) => s.playing);
  const from = useAppState((s) => s.view.filter.dateFrom);
  const to = useAppState((s) => s.view.filter.dateTo);
  if (!playing || (!from && !to)) return null;
  return (
    <div className="playback-stamp" data-testid="playback-stamp" aria-hidden="true">
      {periodWords(from, to)}
    </div>
  );
}
