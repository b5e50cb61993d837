import type { BorderDistance } from "../core/distance-to-border";
import type { BatchResult } from "../workers/border-distance.worker";

/** Asks the border-distance worker; one worker for the page, created on first use. */
export class BorderDistanceClient {
  private worker: Worker | null = null;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (d: never) => void; reject: (e: Error) => void }>();

  measure(lon: number, lat: number): Promise<BorderDistance> {
    return this.ask({ lon, lat });
  }

  /** Distances (metres) and sides of many [lon, lat] points in one message, in their order. */
  measureMany(points: readonly (readonly number[])[]): Promise<BatchResult> {
    return this.ask({ lonLat: Float64Array.from(points.flatMap((p) => [p[0] ?? Number.NaN, p[1] ?? Number.NaN])) });
  }

  private ask<T>(message: object): Promise<T> {
    if (!this.worker) {
      this.worker = new Worker(new URL("../workers/border-distance.worker.ts", import.meta.url), { type: "module" });
      this.worker.onmessage = (event: MessageEvent<{ id: number; result?: never; error?: string }>) => {
        const waiting = this.pending.get(event.data.id);
        this.pending.delete(event.data.id);
        if (event.data.result) waiting?.resolve(event.data.result);
        else waiting?.reject(new Error(event.data.error ?? "border distance failed"));
      };
    }
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker!.postMessage({ id, ...message });
    });
  }

  destroy(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
