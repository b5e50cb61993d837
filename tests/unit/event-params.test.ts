import { describe, expect, it } from "vitest";
import { readEventParams } from "../../src/core/events/event-params";
import { DEFAULT_EVENT_PARAMS } from "../../src/core/events/events";

describe("grouping parameters typed on the command line", () => {
  it("are the defaults when none is given", () => {
    expect(readEventParams({})).toEqual({ ok: true, params: DEFAULT_EVENT_PARAMS });
  });

  it("read decimals, inf or Infinity for space only, and whole numbers of points", () => {
    expect(readEventParams({ epsKm: "2.5", epsHours: "72", minPoints: "3" })).toEqual({
      ok: true,
      params: { ...DEFAULT_EVENT_PARAMS, epsKm: 2.5, epsHours: 72, minPoints: 3 },
    });
    for (const inf of ["inf", "Infinity", "INF", "infinity"]) {
      expect(readEventParams({ epsHours: inf }), inf).toMatchObject({ ok: true, params: { epsHours: Number.POSITIVE_INFINITY } });
    }
    expect(readEventParams({ epsKm: "0", epsHours: "0" })).toMatchObject({ ok: true, params: { epsKm: 0, epsHours: 0 } });
  });

  it.each([
    [{ epsKm: "-1" }, "--eps-km must be 0 or more, got -1"],
    [{ epsKm: "ten" }, '--eps-km must be a distance in km, got "ten"'],
    [{ epsKm: "inf" }, '--eps-km must be a distance in km, got "inf"'],
    [{ epsKm: "0x10" }, '--eps-km must be a distance in km, got "0x10"'],
    [{ epsKm: "" }, '--eps-km must be a distance in km, got ""'],
    [{ epsHours: "-0.5" }, "--eps-hours must be 0 or more, got -0.5"],
    [{ epsHours: "two days" }, '--eps-hours must be a number of hours, or inf for space only, got "two days"'],
    [{ epsHours: "-inf" }, '--eps-hours must be a number of hours, or inf for space only, got "-inf"'],
    [{ minPoints: "0" }, '--min-points must be a whole number of 1 or more, got "0"'],
    [{ minPoints: "1.5" }, '--min-points must be a whole number of 1 or more, got "1.5"'],
    [{ minPoints: "-2" }, '--min-points must be a whole number of 1 or more, got "-2"'],
  ])("refuse %j with a message naming the option", (text, problem) => {
    expect(readEventParams(text)).toEqual({ ok: false, problem });
  });
});
