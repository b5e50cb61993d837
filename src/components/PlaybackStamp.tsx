import { periodWords } from "../core/view/period-words";
import { useAppState } from "../state/use-app-state";
import "./playback-stamp.css";

/**
 * The period shown, in large type at the top of the map, while the timeline
 * plays; nothing otherwise. It reads the store (no props): place it inside
 * the map's area, which must be `position: relative`.
 */
export function PlaybackStamp() {
  const playing = useAppState((s) => s.playing);
  const from = useAppState((s) => s.view.filter.dateFrom);
  const to = useAppState((s) => s.view.filter.dateTo);
  return <PlaybackStampView playing={playing} from={from} to={to} />;
}

interface PlaybackStampViewProps {
  playing: boolean;
  /** The date filter's ends, `YYYY-MM-DD` or null. */
  from: string | null;
  to: string | null;
}

/** The stamp itself. Screen readers are not told each step (several a second): the timeline's slider says the period. */
export function PlaybackStampView({ playing, from, to }: PlaybackStampViewProps) {
  if (!playing || (!from && !to)) return null;
  return (
    <div className="playback-stamp" data-testid="playback-stamp" aria-hidden="true">
      {periodWords(from, to)}
    </div>
  );
}
