import { describe, expect, it } from "vitest";
import { linkKind, routeOf } from "../../../src/lib/site/links";

describe("linkKind", () => {
  it("classifies hrefs written in content", () => {
    expect(linkKind("/panduan/x/")).toBe("internal");
    expect(linkKind("#sumber-1")).toBe("fragment");
    expect(linkKind("https://example.org")).toBe("external");
    expect(linkKind("//cdn.example.org/x.js")).toBe("other");
    expect(linkKind("mailto:a@b.id")).toBe("other");
  });
});

describe("routeOf", () => {
  it("drops the query and fragment", () => {
    expect(routeOf("/panduan/x/#judul")).toBe("/panduan/x/");
    expect(routeOf("/cari/?q=mou")).toBe("/cari/");
  });
});
