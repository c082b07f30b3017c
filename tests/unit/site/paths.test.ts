import { describe, expect, it } from "vitest";
import { withBase, withoutBase } from "../../../src/lib/site/paths";

describe("withBase", () => {
  it("prefixes a site-absolute path with a sub-path base", () => {
    expect(withBase("/panduan/", "/kemitraan/")).toBe("/kemitraan/panduan/");
    expect(withBase("/", "/kemitraan/")).toBe("/kemitraan/");
  });
  it("leaves paths alone at the root base", () => {
    expect(withBase("/cari/?q=mou", "/")).toBe("/cari/?q=mou");
  });
  it("does not touch relative or external links", () => {
    expect(withBase("#sumber-1", "/kemitraan/")).toBe("#sumber-1");
    expect(withBase("https://example.org/", "/kemitraan/")).toBe("https://example.org/");
  });
});

describe("withoutBase", () => {
  it("strips the base from a pathname", () => {
    expect(withoutBase("/kemitraan/cari/", "/kemitraan/")).toBe("/cari/");
    expect(withoutBase("/cari/", "/")).toBe("/cari/");
  });
  it("keeps a pathname outside the base unchanged", () => {
    expect(withoutBase("/lain/", "/kemitraan/")).toBe("/lain/");
  });
});
