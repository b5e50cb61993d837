import { cluster } from "./cluster";
import { distance } from "./distance";
import { synth } from "./synth";
import { snapshot } from "./snapshot";
import { validate } from "./validate";
import { fail } from "./io";
import { USAGE } from "./usage";

function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === "distance") return distance(rest);
  if (command === "cluster") return cluster(rest);
  if (command === "synth") return synth(rest);
  if (command === "snapshot") return snapshot(rest);
  if (command === "validate") return validate(rest);
  if (!command || command === "--help" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  fail(`unknown command "${command}"\n${USAGE}`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
