import { eventReportFromFeature, eventRows, type EventRows } from "../core/events/events";
import type { ReportFeature } from "../core/reports/report";
import type { DbscanParams } from "../core/events/space-time-dbscan";
import type { EventsResult } from "../workers/events.worker";
import { WorkerRequests } from "./worker-requests";

/**
 * Asks the events worker to group reports; one worker for the page, created
 * on first use. The reports go once, as rows (their numbers moved, not
 * copied); each grouping then sends only the parameters and which reports.
 */
export class EventsClient {
  private readonly requests = new WorkerRequests(
    () => new Worker(new URL("../workers/events.worker.ts", import.meta.url), { type: "module" }),
    "grouping reports into events",
  );
  private loaded: Promise<unknown> = Promise.resolve();
  /** Reports not sent yet: they go with the first grouping, not while the page loads. */
  private pending: readonly ReportFeature[] | null = null;

  load(reports: readonly ReportFeature[]): void {
    this.pending = reports;
  }

  /** Groups the loaded reports at these indices (null: all of them). */
  async group(params: DbscanParams, subset: Int32Array | null): Promise<EventsResult> {
    if (this.pending) {
      const rows = eventRows(this.pending.map(eventReportFromFeature));
      this.pending = null;
      this.loaded = this.requests.ask({ rows }, transferables(rows));
    }
    await this.loaded;
    return this.requests.ask({ params, subset }, subset ? [subset.buffer] : []);
  }

  destroy(): void {
    this.requests.destroy();
  }
}

function transferables(r: EventRows): Transferable[] {
  const c = r.casualties;
  return [r.timePrecision, r.lon, r.lat, c.figures, c.groupSide, c.sourceSide].map((a) => a.buffer);
}
