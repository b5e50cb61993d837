import type { BandsResult } from "../workers/border-bands.worker";
import { WorkerRequests } from "./worker-requests";

/** Asks the border-bands worker for bands; one worker for the page, created on first use. */
export class BorderBandsClient {
  private readonly requests = new WorkerRequests(
    () => new Worker(new URL("../workers/border-bands.worker.ts", import.meta.url), { type: "module" }),
    "computing the bands",
  );

  /** The bands at these distances (km), farthest first. */
  compute(distancesKm: readonly number[]): Promise<BandsResult> {
    return this.requests.ask({ distancesKm: [...distancesKm] });
  }

  destroy(): void {
    this.requests.destroy();
  }
}
