import { processIo } from "./io";
import { run } from "./run";

// The shell: the process's arguments and streams; `run` does the rest.
process.exitCode = await run(process.argv.slice(2), processIo);
