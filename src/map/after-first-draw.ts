/**
 * Work that waits until the first reports are on screen (their distances, the
 * bands): on two cores it would compete with drawing them. It runs at once
 * after that, and after `fallbackMs` from `start` in any case (reports that
 * never come must not hold it back).
 */
export class AfterFirstDraw {
  private done = false;
  private timer = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly fallbackMs = 3_000) {}

  start(): void {
    this.timer = window.setTimeout(() => this.drawn(), this.fallbackMs);
  }

  run(work: () => void): void {
    if (this.done) work();
    else this.waiting.push(work);
  }

  get isDone(): boolean {
    return this.done;
  }

  drawn(): void {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.timer);
    for (const work of this.waiting.splice(0)) work();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.waiting.length = 0;
  }
}
