/**
 * Requests to a web worker that answers `{ id, result }` or `{ id, error }`:
 * each request gets a promise. The worker is made on first use by `create`
 * (Vite needs the `new Worker(new URL(…, import.meta.url))` written where the
 * worker is named), and a crash rejects every request still waiting.
 */
export class WorkerRequests {
  private worker: Worker | null = null;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (result: never) => void; reject: (e: Error) => void }>();

  constructor(
    private readonly create: () => Worker,
    private readonly what: string,
  ) {}

  ask<T>(message: object, transfer: Transferable[] = []): Promise<T> {
    if (!this.worker) {
      this.worker = this.create();
      this.worker.onmessage = (event: MessageEvent<{ id: number; result?: never; error?: string }>) => {
        const waiting = this.pending.get(event.data.id);
        this.pending.delete(event.data.id);
        if (event.data.result) waiting?.resolve(event.data.result);
        else waiting?.reject(new Error(event.data.error ?? `${this.what} failed`));
      };
      this.worker.onerror = (event) => {
        for (const waiting of this.pending.values()) waiting.reject(new Error(event.message || `the ${this.what} worker failed`));
        this.pending.clear();
      };
    }
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: never) => void, reject });
      this.worker!.postMessage({ id, ...message }, transfer);
    });
  }

  destroy(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }
}
