import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importReports } from "../../src/core/io/import-reports";
import { formatIssue } from "../../src/core/io/validate-reports";
import { TODAY } from "../support/today";
import { cli } from "../support/run-cli";

/**
 * The corpus of broken inputs (issue 7): every file in tests/corpus is read by
 * the core's `importReports` and by the command line's `validate`, and each
 * must give exactly the messages and the surviving reports that
 * tests/corpus/expected.json writes down for it (see tests/corpus/README.md).
 * Entries marked `pending` state the message the code should give but does not
 * yet: they are skipped, or run with CORPUS_PENDING=1.
 */

interface CorpusCase {
  file: string;
  /** What is wrong with the file, in a few words. */
  what: string;
  /** More arguments for `validate` (the core takes none). */
  args?: string[];
  exit: 0 | 2 | 3;
  valid: number;
  invalid: number;
  /** The exact line on standard error when `exit` is 2. */
  error?: string;
  /** Every `formatIssue` line, in order; `{today}` stands for the day the reader was told it is (UTC): a fixed day through the core, the real one through the command line. */
  messages: string[];
  /** The ids of the reports that survive, in order. */
  validIds: string[];
  /** Why the code does not give this yet. */
  pending?: string;
  /** Which of the two paths is pending; both when absent. */
  pendingIn?: ("core" | "cli")[];
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CORPUS = join(ROOT, "tests/corpus");
const NOT_CASES = new Set(["expected.json", "README.md"]);
const cases = JSON.parse(readFileSync(join(CORPUS, "expected.json"), "utf8")) as CorpusCase[];
const runPending = process.env.CORPUS_PENDING === "1";

function skipped(c: CorpusCase, path: "core" | "cli"): boolean {
  return c.pending !== undefined && (c.pendingIn ?? ["core", "cli"]).includes(path) && !runPending;
}

/** The messages with `{today}` filled in: the day the core was told (a fixed one), or the day the command line read off its clock. */
function messagesOf(c: CorpusCase, today: string): string[] {
  return c.messages.map((m) => m.replaceAll("{today}", today));
}

describe("the corpus of broken inputs", () => {
  it("has at least 40 cases, and exactly one entry for each of its files", () => {
    const files = readdirSync(CORPUS).filter((f) => !NOT_CASES.has(f)).sort();
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(cases.map((c) => c.file).sort()).toEqual(files);
  });

  it.each(cases.map((c) => [c.file, c] as const))("%s: its entry agrees with itself", (_, c) => {
    expect(c.valid).toBe(c.validIds.length);
    expect(c.error !== undefined).toBe(c.exit === 2);
    if (c.exit === 0) expect(c.invalid).toBe(0);
    // A file with a bad row keeps a good one beside it, so that the check says the good rows survive.
    if (c.exit === 3) expect([c.invalid, c.valid].every((n) => n > 0)).toBe(true);
    expect(c.what.length).toBeGreaterThan(0);
  });
});

describe("through the core (importReports)", () => {
  for (const c of cases) {
    it.skipIf(skipped(c, "core"))(`${c.file}: ${c.what}`, () => {
      const { reports, issues } = importReports(readFileSync(join(CORPUS, c.file), "utf8"), c.file, { today: TODAY });
      expect(issues.map(formatIssue)).toEqual(messagesOf(c, TODAY));
      expect(reports.map((r) => r.properties.id)).toEqual(c.validIds);
      const invalid = new Set(issues.filter((i) => i.feature !== null && i.severity !== "warning").map((i) => i.feature));
      expect(invalid.size).toBe(c.invalid);
    });
  }
});

describe.concurrent("through the command line (validate)", () => {
  for (const c of cases) {
    it.skipIf(skipped(c, "cli"))(
      `validate ${c.file}${c.args ? ` ${c.args.join(" ")}` : ""}`,
      async () => {
        // The command line is a shell: it reads the clock, so its today is the real one (UTC).
        const today = new Date().toISOString().slice(0, 10);
        const run = await cli("validate", `tests/corpus/${c.file}`, ...(c.args ?? []));
        if (c.exit === 2) {
          expect([run.status, run.stdout, run.stderr]).toEqual([2, "", `${c.error}\n`]);
        } else {
          const lines = [`${c.valid} valid, ${c.invalid} invalid`, ...messagesOf(c, today)];
          expect([run.status, run.stdout, run.stderr]).toEqual([c.exit, `${lines.join("\n")}\n`, ""]);
        }
      },
      60_000,
    );
  }
});
