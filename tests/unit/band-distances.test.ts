import { describe, expect, it } from "vitest";
import { DEFAULT_BANDS_KM, parseBandDistances, parseWithinKm } from "../../src/core/bands/band-distances";

describe("parseBandDistances", () => {
  it("reads the default list, sorted and without repeats, whatever the separators", () => {
    expect(parseBandDistances("5, 10, 25, 50")).toEqual({ ok: true, km: [...DEFAULT_BANDS_KM] });
    expect(parseBandDistances(" 50;10 25 5 ")).toEqual({ ok: true, km: [5, 10, 25, 50] });
    expect(parseBandDistances("20, 20, 12.5 km, 3km")).toEqual({ ok: true, km: [3, 12.5, 20] });
    expect(parseBandDistances("500")).toEqual({ ok: true, km: [500] });
  });

  it("names the first problem in words", () => {
    expect(parseBandDistances("")).toEqual({ ok: false, message: "Enter at least one distance in km, for example 5, 10, 25, 50" });
    expect(parseBandDistances("5, ten")).toEqual({ ok: false, message: '"ten" is not a distance in km: write a number such as 5 or 12.5' });
    expect(parseBandDistances("0")).toEqual({ ok: false, message: "0 km: a distance must be more than 0 km" });
    expect(parseBandDistances("-5")).toMatchObject({ ok: false, message: expect.stringContaining('"-5" is not a distance') });
    expect(parseBandDistances("600")).toEqual({ ok: false, message: "600 km is over the 500 km limit" });
    expect(parseBandDistances("1e3")).toMatchObject({ ok: false });
    expect(parseBandDistances("1,2,3,4,5,6,7,8,9")).toEqual({ ok: false, message: "At most 8 bands at once (got 9)" });
  });
});

describe("parseWithinKm", () => {
  it("reads one distance, and an empty field as no filter", () => {
    expect(parseWithinKm("25")).toEqual({ ok: true, km: 25 });
    expect(parseWithinKm("  ")).toEqual({ ok: true, km: null });
    expect(parseWithinKm("0.5")).toEqual({ ok: true, km: 0.5 });
  });

  it("refuses what is not a distance above 0 and up to 500 km", () => {
    expect(parseWithinKm("0")).toMatchObject({ ok: false });
    expect(parseWithinKm("501")).toEqual({ ok: false, message: "501 km is over the 500 km limit" });
    expect(parseWithinKm("near")).toMatchObject({ ok: false });
  });
});
