import type { ImportedReports } from "../core/io/import-reports";
import type { ImportMessage, ImportRequest } from "../workers/import.worker";

/** What a file gave: its reports and problems, its format and its text (to keep in the browser). */
export type ImportResult = ImportedReports & { text: string };

/**
 * Reads a file of reports in a worker of its own, so that a 50 MB file leaves
 * the page responsive; `onProgress` gets the share read (0 to 1). The worker
 * ends with the file; `cancel` ends it sooner.
 */
export function importInWorker(request: ImportRequest, onProgress: (fraction: number) => void): { done: Promise<ImportResult>; cancel: () => void } {
  const worker = new Worker(new URL("../workers/import.worker.ts", import.meta.url), { type: "module" });
  let settle: { reject: (e: Error) => void } | null = null;
  const done = new Promise<ImportResult>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if ("progress" in message) {
        onProgress(message.progress);
        return;
      }
      worker.terminate();
      if ("result" in message) resolve(message.result);
      else reject(new Error(message.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "the file could not be read"));
    };
    worker.postMessage(request);
  });
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle?.reject(new Error("cancelled"));
    },
  };
}
