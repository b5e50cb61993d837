import type { BorderDistance } from "../core/distance/distance-to-border";
import type { BatchResult } from "../workers/border-distance.worker";
import { WorkerRequests } from "./worker-requests";

/** Asks the border-distance worker; one worker for the page, created on first use. */
export class BorderDistanceClient {
  private readonly requests = new WorkerRequests(
    () => new Worker(new URL("../workers/border-distance.worker.ts", import.meta.url), { type: "module" }),
    "measuring the distance to the border",
  );

  measure(lon: number, lat: number): Promise<BorderDistance> {
    return this.requests.ask({ lon, lat });
  }

  /** Distances (metres), sides and positions along the border of many [lon, lat] points in one message, in their order. */
  measureMany(points: readonly (readonly number[])[]): Promise<BatchResult> {
    const lonLat = Float64Array.from(points.flatMap((p) => [p[0] ?? Number.NaN, p[1] ?? Number.NaN]));
    return this.requests.ask({ lonLat }, [lonLat.buffer]);
  }

  destroy(): void {
    this.requests.destroy();
  }
}
