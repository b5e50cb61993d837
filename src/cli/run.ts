import { CliExit, printable, type CliIo } from "./io";
import { USAGE } from "./usage";

type Command = (args: string[], io: CliIo) => number | Promise<number>;

/** Each command loaded when asked for: `--help` loads none, `validate` nothing geographic, `snapshot` alone Vite and Chromium. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  distance: () => import("./distance").then((m) => m.distance),
  cluster: () => import("./cluster").then((m) => m.cluster),
  synth: () => import("./synth").then((m) => m.synth),
  snapshot: () => import("./snapshot").then((m) => m.snapshot),
  validate: () => import("./validate").then((m) => m.validate),
};

/**
 * The command line in one call: the command `argv` names, writing through
 * `io`; resolves to the exit status (0 done, 3 done with rows it could not
 * use, 2 stopped, with one line "error: ..." on standard error). Nothing
 * here exits the process, so tests call it in theirs.
 *
 * @example
 * const status = await run(["distance", "geodata/reports.geojson"], processIo);
 */
export async function run(argv: readonly string[], given: CliIo): Promise<number> {
  // Messages quote the data (a column's name, a cell): no escape sequence in them reaches a terminal as one.
  const io: CliIo = { ...given, err: (text) => given.err(printable(text)) };
  const [command, ...rest] = argv;
  try {
    const load = command === undefined ? undefined : Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (load) return await (await load())(rest, io);
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
