import { describe, expect, it } from "vitest";
import { hoistIslandStyle } from "../../../src/lib/site/hoist-island-style";

const style = "<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>";

describe("hoistIslandStyle", () => {
  it("moves the island style from the body to the end of the head", () => {
    const html = `<html><head><title>x</title></head><body><div>${style}<astro-island></astro-island></div></body></html>`;
    expect(hoistIslandStyle(html)).toBe(
      `<html><head><title>x</title>${style}</head><body><div><astro-island></astro-island></div></body></html>`,
    );
  });
  it("leaves pages without islands, or with the style already in the head, unchanged", () => {
    const plain = "<html><head></head><body><p>a</p></body></html>";
    expect(hoistIslandStyle(plain)).toBe(plain);
    const done = `<html><head>${style}</head><body></body></html>`;
    expect(hoistIslandStyle(done)).toBe(done);
  });
});
