import { cluster } from "./cluster";
import { distance } from "./distance";
import { synth } from "./synth";
import { snapshot } from "./snapshot";
import { validate } from "./validate";
import { CliExit, type CliIo } from "./io";
import { USAGE } from "./usage";

const COMMANDS: Record<string, (args: string[], io: CliIo) => number | Promise<number>> = { distance, cluster, synth, snapshot, validate };

/**
 * The command line in one call: the command `argv` names, writing through
 * `io`; resolves to the exit status (0 done, 3 done with rows it could not
 * use, 2 stopped, with one line "error: ..." on standard error). Nothing
 * here exits the process, so tests call it in theirs.
 *
 * @example
 * const status = await run(["distance", "geodata/reports.geojson"], processIo);
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const handler = command === undefined ? undefined : Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (handler) return await handler(rest, io);
    if (!command || command === "--help" || command === "help") {
      io.out(`${USAGE}\n`);
      return command ? 0 : 2;
    }
    throw new CliExit(2, `unknown command "${command}"\n${USAGE}`);
  } catch (error) {
    io.err(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof CliExit ? error.status : 2;
  }
}
