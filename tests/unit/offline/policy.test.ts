import { describe, expect, it } from "vitest";
import {
  cacheNames,
  groupsFor,
  maxSaveUrls,
  ownsCache,
  pageKey,
  requestKind,
  saveableUrls,
  savingData,
  servableWhenSlow,
} from "../../../src/lib/offline/policy";

const origin = "https://contoh.go.id";
const url = (path: string) => new URL(path, origin);

describe("requestKind", () => {
  it("treats navigations as pages, _astro/ as immutable assets and other files in scope as files", () => {
    expect(requestKind(url("/kemitraan/panduan/x/"), origin, "/kemitraan/", true)).toBe("page");
    expect(requestKind(url("/kemitraan/_astro/a.js"), origin, "/kemitraan/", false)).toBe("asset");
    expect(requestKind(url("/kemitraan/search-index/panduan.json"), origin, "/kemitraan/", false)).toBe("file");
  });

  it("leaves other origins, other sub-paths and the worker script alone", () => {
    expect(requestKind(new URL("https://lain.example/kemitraan/"), origin, "/kemitraan/", true)).toBeUndefined();
    expect(requestKind(url("/aplikasi-lain/"), origin, "/kemitraan/", true)).toBeUndefined();
    expect(requestKind(url("/kemitraan/sw.js"), origin, "/kemitraan/", false)).toBeUndefined();
  });
});

describe("cacheNames", () => {
  it("differ per base path, so two sites on one host never delete each other's caches", () => {
    const a = cacheNames("/kemitraan/");
    const b = cacheNames("/");
    expect(a.pages.startsWith(a.prefix)).toBe(true);
    expect(a.pages).not.toBe(b.pages);
    expect(new Set([a.pages, a.assets, a.files]).size).toBe(3);
  });
});

describe("ownsCache", () => {
  it("claims only this site's caches, even when another site lives under a sub-path of it", () => {
    const sub = cacheNames("/kemitraan/");
    expect(ownsCache(sub.pages, "/kemitraan/")).toBe(true);
    expect(ownsCache(`${sub.prefix}lama`, "/kemitraan/")).toBe(true);
    expect(ownsCache(sub.pages, "/")).toBe(false);
    expect(ownsCache(cacheNames("/").assets, "/kemitraan/")).toBe(false);
    expect(ownsCache("cache-lain", "/")).toBe(false);
  });
});

describe("pageKey", () => {
  it("drops query and fragment", () => {
    expect(pageKey(`${origin}/panduan/x/?utm_source=wa#bagian`)).toBe(`${origin}/panduan/x/`);
  });
});

describe("servableWhenSlow", () => {
  it("serves a cached page on a slow network only when it was cached by the current deploy", () => {
    expect(servableWhenSlow("v2", "v2")).toBe(true);
    expect(servableWhenSlow("v1", "v2")).toBe(false);
    expect(servableWhenSlow(null, "v2")).toBe(false);
  });
});

describe("saveableUrls", () => {
  it("keeps same-origin page URLs under the base path, once each", () => {
    expect(
      saveableUrls(
        ["/kemitraan/panduan/a/", `${origin}/kemitraan/panduan/a/?x=1`, "/kemitraan/panduan/b/"],
        origin,
        "/kemitraan/",
      ),
    ).toEqual([`${origin}/kemitraan/panduan/a/`, `${origin}/kemitraan/panduan/b/`]);
  });

  it("rejects anything else a page could send", () => {
    expect(saveableUrls("not a list", origin, "/kemitraan/")).toEqual([]);
    expect(
      saveableUrls(
        [42, null, "https://lain.example/kemitraan/x/", "/lain/x/", "/kemitraan/_astro/a.js", "http://[::1"],
        origin,
        "/kemitraan/",
      ),
    ).toEqual([]);
  });

  it("caps the list", () => {
    const many = Array.from({ length: maxSaveUrls + 50 }, (_, i) => `/p${i}/`);
    expect(saveableUrls(many, origin, "/")).toHaveLength(maxSaveUrls);
  });
});

describe("groupsFor", () => {
  const groups = [{ scope: "/k/penilaian/" }, { scope: "/k/panduan/" }];

  it("finds the group whose scope holds the page, query and fragment aside", () => {
    expect(groupsFor(`${origin}/k/penilaian/`, groups)).toEqual([{ scope: "/k/penilaian/" }]);
    expect(groupsFor(`${origin}/k/penilaian/kesiapan/?langkah=2#b`, groups)).toEqual([{ scope: "/k/penilaian/" }]);
  });

  it("finds none for pages outside every scope, including look-alike paths", () => {
    for (const path of ["/k/", "/k/penilaian", "/k/penilaian-lain/", "/penilaian/", "/k/studi-kasus/"])
      expect(groupsFor(`${origin}${path}`, groups), path).toEqual([]);
  });
});

describe("savingData", () => {
  it("is on when the browser says so, through navigator.connection or the Save-Data header", () => {
    expect(savingData(true, null)).toBe(true);
    expect(savingData(undefined, "on")).toBe(true);
    expect(savingData(false, " On ")).toBe(true);
  });

  it("is off otherwise, and a strange value does not switch it on", () => {
    expect(savingData(false, null)).toBe(false);
    expect(savingData(undefined, undefined)).toBe(false);
    expect(savingData("true", "off")).toBe(false);
    expect(savingData(1, "")).toBe(false);
  });
});
