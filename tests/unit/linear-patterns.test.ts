import { describe, expect, it } from "vitest";
import { parseAcledCsv } from "../../src/core/io/import-acled-csv";
import { parseKml } from "../../src/core/io/import-kml";
import { readEventParams } from "../../src/core/events/event-params";
import { TODAY } from "../support/today";

// Inputs that made the number patterns and the KML scanner take quadratic time (112 s for a 200 KB cell of digits,
// 25 s for a link's 150,000-digit distance). Each must now be answered, rightly, well within the test's timeout.
describe("patterns linear in their input", () => {
  it("refuses a 200,000-digit killed figure ending in a letter, naming the field", () => {
    const header = "id,event_date,time_precision,event_type,sub_event_type,location,latitude,longitude,geo_precision,source,killed";
    const { reports, issues } = parseAcledCsv(`${header}\na,2025-10-15,1,Battles,Armed clash,X,31,66,1,S,${"1".repeat(200_000)}x\n`, { today: TODAY });
    expect(reports).toEqual([]);
    expect(issues.map((i) => i.field)).toEqual(["killed"]);
  });

  it("refuses an event distance of 150,000 digits and a letter", () => {
    const read = readEventParams({ epsKm: `${"1".repeat(150_000)}x`, epsHours: "48", minPoints: "1" });
    expect(read.ok).toBe(false);
  });

  it("says which elements a cut KML file leaves open, however many broken tags it holds", () => {
    const cut = parseKml(`<kml><Document><Placemark><Point><coordinates>66,31`, { today: TODAY });
    expect(cut.issues[0]!.message).toBe(
      "is not well-formed XML: it ends after line 1 with <kml>, <Document>, <Placemark>, <Point> and <coordinates> still open, so the file looks cut short; save or download it again",
    );
    const broken = parseKml(`<kml>${"<a".repeat(100_000)}`, { today: TODAY });
    expect(broken.issues[0]!.message).toMatch(/with <kml> still open/);
  });
});
