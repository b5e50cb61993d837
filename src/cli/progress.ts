import type { CliIo } from "./io";

/** A progress bar on standard error: redrawn in place on a terminal, a line every 10% elsewhere. */
export function progressBar(label: string, io: Pick<CliIo, "err" | "errIsTTY">) {
  const stream = { write: io.err, isTTY: io.errIsTTY };
  let lastTenth = -1;
  const started = Date.now();
  return {
    update(done: number, total: number) {
      const fraction = total > 0 ? done / total : 1;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(fraction * width);
        stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.floor(fraction * 100)}%`);
      } else if (Math.floor(fraction * 10) > lastTenth) {
        lastTenth = Math.floor(fraction * 10);
        stream.write(`${label}: ${lastTenth * 10}% (${done}/${total})\n`);
      }
    },
    finish(total: number) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      stream.write(`${stream.isTTY ? "\r" : ""}${label}: ${total} rows in ${seconds} s${stream.isTTY ? " ".repeat(20) : ""}\n`);
    },
  };
}
