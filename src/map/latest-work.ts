/**
 * The latest work of each kind the map has asked for (the reports'
 * distances, the bands): `settled` resolves once none is running, work asked
 * for while it waited included. A snapshot waits for it.
 */
export class LatestWork {
  private readonly latest = new Map<string, Promise<void>>();

  track(kind: string, work: Promise<void>): void {
    this.latest.set(kind, work);
  }

  async settled(): Promise<void> {
    for (;;) {
      const now = [...this.latest.values()];
      await Promise.all(now);
      const after = [...this.latest.values()];
      if (after.length === now.length && after.every((p, i) => p === now[i])) return;
    }
  }
}
