import { describe, expect, it } from "vitest";
import { codeAssetRefs, htmlAssetRefs } from "../../../src/lib/offline/refs";

const origin = "https://contoh.go.id";

describe("htmlAssetRefs", () => {
  const html = `<!doctype html><html><head>
    <link rel="canonical" href="https://siapmitra.example.id/kemitraan/panduan/x/">
    <link rel="icon" href="/kemitraan/favicon.svg" type="image/svg+xml">
    <link rel="sitemap" href="/kemitraan/sitemap-index.xml">
    <link rel="stylesheet" href="/kemitraan/_astro/Base.abc.css?v=1">
    <link rel="next" href="/kemitraan/panduan/y/">
    <script type="module" src="/kemitraan/_astro/page.js"></script>
    </head><body><a href="/kemitraan/cari/">Cari</a>
    <astro-island uid="1" component-url="/kemitraan/_astro/App.js" renderer-url="/kemitraan/_astro/client.js" props="{&quot;a&quot;:[0,1]}" ssr></astro-island>
    <img src="https://cdn.example.com/x.png" alt=""><img src="data:image/png;base64,AAA" alt="">
    </body></html>`;

  it("lists styles, icons, scripts and both island URLs, without links to other pages or other origins", () => {
    expect(htmlAssetRefs(html, `${origin}/kemitraan/panduan/x/`, "/kemitraan/").sort()).toEqual(
      [
        `${origin}/kemitraan/_astro/App.js`,
        `${origin}/kemitraan/_astro/Base.abc.css`,
        `${origin}/kemitraan/_astro/client.js`,
        `${origin}/kemitraan/_astro/page.js`,
        `${origin}/kemitraan/favicon.svg`,
      ].sort(),
    );
  });

  it("without code, lists only what the page needs to look right: styles and icons", () => {
    const withPreload = html.replace("</head>", '<link rel="modulepreload" href="/kemitraan/_astro/pre.js"></head>');
    expect(htmlAssetRefs(withPreload, `${origin}/kemitraan/panduan/x/`, "/kemitraan/", { code: false }).sort()).toEqual(
      [`${origin}/kemitraan/_astro/Base.abc.css`, `${origin}/kemitraan/favicon.svg`].sort(),
    );
  });

  it("returns nothing for a page without assets", () => {
    expect(htmlAssetRefs("<p>Teks</p>", `${origin}/`, "/")).toEqual([]);
  });
});

describe("codeAssetRefs", () => {
  it("finds static and dynamic imports relative to the file and Vite preload lists relative to the base", () => {
    const js =
      'import{h as e}from"./preact.module.B1.js";const m=["_astro/radar.C2.js","_astro/x.css"];' +
      'export const load=()=>import("./Results.D3.js");const url="https://cdn.example.com/lib.js";';
    expect(codeAssetRefs(js, `${origin}/kemitraan/_astro/App.A0.js`, "/kemitraan/").sort()).toEqual(
      [
        `${origin}/kemitraan/_astro/Results.D3.js`,
        `${origin}/kemitraan/_astro/preact.module.B1.js`,
        `${origin}/kemitraan/_astro/radar.C2.js`,
        `${origin}/kemitraan/_astro/x.css`,
      ].sort(),
    );
  });

  it("reads url() in stylesheets, skipping data: URLs", () => {
    const css = `@font-face{src:url(./font.woff2)}.a{background:url("data:image/svg+xml,<svg/>")}.b{background:url('/img/b.png')}`;
    expect(codeAssetRefs(css, `${origin}/_astro/Base.css`, "/").sort()).toEqual(
      [`${origin}/_astro/font.woff2`, `${origin}/img/b.png`].sort(),
    );
  });
});
