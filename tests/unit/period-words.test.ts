import { describe, expect, it } from "vitest";
import { dayWords, periodWords } from "../../src/core/view/period-words";
import { isoDay } from "../../src/core/reports/report-time";
import { seededRandom } from "../support/seeded-random";

/** The reference: the platform's own British long date ("14 October 2025"). */
const intl = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

describe("a period in words", () => {
  const random = seededRandom(31);
  const pairs = Array.from({ length: 500 }, () => {
    const a = 10_000 + Math.floor(random() * 12_000);
    return [isoDay(a), isoDay(a + Math.floor(random() * (random() < 0.5 ? 40 : 800)))] as const;
  });

  it("says a day as the platform's long British date does", () => {
    for (const [from] of pairs) expect(dayWords(from)).toBe(intl(from));
  });

  it("says the shared month and year once, and both days always", () => {
    for (const [from, to] of pairs) {
      const words = periodWords(from, to);
      const [a, b] = [intl(from), intl(to)];
      if (from === to) expect(words).toBe(a);
      else if (from.slice(0, 4) !== to.slice(0, 4)) expect(words).toBe(`${a} – ${b}`);
      else if (from.slice(0, 7) !== to.slice(0, 7)) expect(words).toBe(`${a.replace(/ \d{4}$/, "")} – ${b}`);
      else expect(words).toBe(`${Number(from.slice(8))}–${b}`);
      expect(words.match(/\d{4}/g)!.length).toBe(from.slice(0, 4) === to.slice(0, 4) ? 1 : 2);
    }
  });

  it("says an open end as from or to, and no dates as all dates", () => {
    const [from, to] = pairs[0]!;
    expect(periodWords(from, null)).toBe(`from ${intl(from)}`);
    expect(periodWords(null, to)).toBe(`to ${intl(to)}`);
    expect(periodWords(null, null)).toBe("all dates");
  });
});
