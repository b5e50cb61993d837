import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url).pathname;

/** Runs `npm run cli -- ARGS` as a child process from the repository root: its exit status and what it wrote. */
export function cli(...args: string[]) {
  const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/main.ts"), ...args], { encoding: "utf8", cwd: ROOT });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
