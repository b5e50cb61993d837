import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { run } from "../../src/cli/run";

const ROOT = new URL("../../", import.meta.url).pathname;

/** Runs the command line in this process, as `npm run cli -- ARGS` would: its exit status and what it wrote. */
export async function cli(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const status = await run(args, { out: (text) => void (stdout += text), err: (text) => void (stderr += text), errIsTTY: false });
  return { status, stdout, stderr };
}

/** Runs `npm run cli -- ARGS` as a child process from the repository root (the few smoke tests of the shell itself). */
export function cliSpawned(...args: string[]) {
  const child = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/main.ts"), ...args], { encoding: "utf8", cwd: ROOT });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** Runs the built command line (`npm run build` writes it; `npx border-map` runs it) as a child process from the repository root. */
export function cliBuilt(...args: string[]) {
  const child = spawnSync(process.execPath, [join(ROOT, "dist/cli/border-map.mjs"), ...args], { encoding: "utf8", cwd: ROOT });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}
