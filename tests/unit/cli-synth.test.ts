import { describe, expect, it } from "vitest";
import { parseReports } from "../../src/core/io/validate-reports";
import { cli } from "../support/run-cli";
import { TODAY } from "../support/today";

describe("npm run synth", () => {
  it("writes COUNT valid reports, each marked synthetic, the same for the same seed", async () => {
    const a = await cli("synth", "250", "--seed", "3");
    expect(a.status).toBe(0);
    const { reports, issues } = parseReports(a.stdout, { today: TODAY });
    expect(issues).toEqual([]);
    expect(reports).toHaveLength(250);
    expect(reports.every((r) => r.properties.synthetic === true && r.properties.source.startsWith("Synthetic source"))).toBe(true);
    expect((await cli("synth", "250", "--seed", "3")).stdout).toBe(a.stdout);
    expect((await cli("synth", "250", "--seed", "4")).stdout).not.toBe(a.stdout);
  }, 60_000);

  it("refuses a count that is not a whole number, with exit status 2", async () => {
    for (const bad of [["synth"], ["synth", "ten"], ["synth", "0"], ["synth", "5", "--seed", "x"]]) {
      const run = await cli(...bad);
      expect(run.status, bad.join(" ")).toBe(2);
      expect(run.stderr).toMatch(/^error: /);
    }
  }, 60_000);
});
