import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PlaybackStampView } from "../../src/components/PlaybackStamp";
import { periodWords } from "../../src/core/view/period-words";
import { isoDay } from "../../src/core/reports/report-time";
import { seededRandom } from "../support/seeded-random";

const render = (playing: boolean, from: string | null, to: string | null) => renderToStaticMarkup(createElement(PlaybackStampView, { playing, from, to }));

describe("the playback stamp on the map", () => {
  it("shows the period in words while playing, and nothing when paused or with no period", () => {
    const random = seededRandom(41);
    for (let i = 0; i < 50; i++) {
      const a = 19_000 + Math.floor(random() * 2_000);
      const [from, to] = [isoDay(a), isoDay(a + Math.floor(random() * 90))];
      const html = render(true, from, to);
      expect(html).toContain('class="playback-stamp"');
      expect(html).toContain(`>${periodWords(from, to)}</div>`);
      expect(render(false, from, to)).toBe("");
    }
    expect(render(true, null, null)).toBe("");
  });
});
