import type { BandsResult } from "../workers/border-bands.worker";

/** Asks the border-bands worker for bands; one worker for the page, created on first use. */
export class BorderBandsClient {
  private worker: Worker | null = null;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (r: BandsResult) => void; reject: (e: Error) => void }>();

  /** The bands at these distances (km), farthest first. */
  compute(distancesKm: readonly number[]): Promise<BandsResult> {
    if (!this.worker) {
      this.worker = new Worker(new URL("../workers/border-bands.worker.ts", import.meta.url), { type: "module" });
      this.worker.onmessage = (event: MessageEvent<{ id: number; result?: BandsResult; error?: string }>) => {
        const waiting = this.pending.get(event.data.id);
        this.pending.delete(event.data.id);
        if (event.data.result) waiting?.resolve(event.data.result);
        else waiting?.reject(new Error(event.data.error ?? "the bands could not be computed"));
      };
      this.worker.onerror = (event) => {
        for (const waiting of this.pending.values()) waiting.reject(new Error(event.message || "the bands worker failed"));
        this.pending.clear();
      };
    }
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker!.postMessage({ id, distancesKm: [...distancesKm] });
    });
  }

  destroy(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }
}
