import { describe, expect, it } from "vitest";
import { arabicScriptName, isArabicScript } from "../../src/core/places/place-names";
import { readRepoJson } from "../support/read-json";

describe("a place's name in Arabic script", () => {
  it("is the first other name written in it", () => {
    expect(arabicScriptName(["Spīn Bōldak", "سپین بولدک"])).toBe("سپین بولدک");
    expect(arabicScriptName(["Kandahār"])).toBeNull();
    expect(arabicScriptName(undefined)).toBeNull();
    expect(isArabicScript("Chaman")).toBe(false);
    expect(isArabicScript("چمن")).toBe(true);
  });

  it("exists for Spin Boldak and Chaman in the project's gazetteer", () => {
    const places = readRepoJson<{ features: { properties: { id: string; name_alt?: string[] } }[] }>("geodata/places.geojson").features;
    const local = (id: string) => arabicScriptName(places.find((p) => p.properties.id === id)?.properties.name_alt);
    expect(local("spin-boldak")).toBe("سپین بولدک");
    expect(local("chaman")).toBe("چمن");
  });
});
