/// <reference lib="webworker" />
import { importReports } from "../core/io/import-reports";

/**
 * A thin shell over the core's import: reads a file (or text kept in the
 * browser) off the page's thread, saying how far it has got, and answers
 * with the valid reports and every problem.
 */
export type ImportRequest = { name: string } & ({ file: File } | { text: string });

export type ImportMessage =
  | { progress: number }
  | { result: ReturnType<typeof importReports> & { text: string } }
  | { error: string };

/** At most this many progress messages a file: the bar needs no more. */
const STEPS = 50;

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  try {
    const request = event.data;
    const text = "file" in request ? await request.file.text() : request.text;
    let last = -1;
    // The core reads no clock: the shell says what day it is (UTC), after which no report can be dated.
    const today = new Date().toISOString().slice(0, 10);
    const onProgress = (fraction: number) => {
      const step = Math.floor(fraction * STEPS);
      if (step === last) return;
      last = step;
      self.postMessage({ progress: fraction } satisfies ImportMessage);
    };
    const result = importReports(text, request.name, { today, onProgress });
    self.postMessage({ result: { ...result, text } } satisfies ImportMessage);
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies ImportMessage);
  }
};
