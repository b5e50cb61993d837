import { eventColumns, eventReportFromFeature, type EventColumns } from "../core/events";
import type { ReportFeature } from "../core/report";
import type { DbscanParams } from "../core/space-time-dbscan";
import type { EventsResult } from "../workers/events.worker";
import { WorkerRequests } from "./worker-requests";

/** Asks the events worker to group reports; one worker for the page, created on first use. */
export class EventsClient {
  private readonly requests = new WorkerRequests(
    () => new Worker(new URL("../workers/events.worker.ts", import.meta.url), { type: "module" }),
    "grouping reports into events",
  );

  /** The reports go as typed columns (moved, not copied), so the page spends little on the message. */
  group(reports: readonly ReportFeature[], params: DbscanParams): Promise<EventsResult> {
    const columns = eventColumns(reports.map(eventReportFromFeature));
    return this.requests.ask({ columns, params }, transferables(columns));
  }

  destroy(): void {
    this.requests.destroy();
  }
}

function transferables(c: EventColumns): Transferable[] {
  return [c.lon, c.lat, c.startHour, c.endHour, c.day, c.source, c.killed, c.killedMax, c.killedAtLeast, c.injured, c.injuredMax, c.injuredAtLeast].map(
    (a) => a.buffer,
  );
}
