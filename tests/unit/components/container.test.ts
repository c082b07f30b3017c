// Components with logic, rendered through Astro's Container API.
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import Sumber from "../../../src/components/mdx/Sumber.astro";
import Breadcrumbs from "../../../src/components/layout/Breadcrumbs.astro";
import Pager from "../../../src/components/guide/Pager.astro";
import Toc from "../../../src/components/guide/Toc.astro";
import TemplatTabel from "../../../src/components/mdx/TemplatTabel.astro";

const container = await AstroContainer.create();

describe("<Sumber>", () => {
  it("links the footnote marker to the n-th source", async () => {
    const html = await container.renderToString(Sumber, { props: { n: 2 }, locals: { sourceCount: 3 } });
    expect(html).toContain('href="#sumber-2"');
    expect(html).toContain('aria-label="Sumber 2"');
  });
  it("fails the build, naming the file, when n is outside the sources list", async () => {
    await expect(
      container.renderToString(Sumber, {
        props: { n: 4 },
        locals: { sourceCount: 3, contentFile: "content/guides/x.mdx" },
      }),
    ).rejects.toThrow(/content\/guides\/x\.mdx.*Sumber n=\{4\}/);
  });
});

describe("<Breadcrumbs>", () => {
  it("starts at Beranda and marks the last crumb as the current page", async () => {
    const html = await container.renderToString(Breadcrumbs, {
      props: { crumbs: [{ label: "Panduan", href: "/panduan/" }, { label: "Manfaat" }] },
    });
    expect(html).toMatch(/<a href="\/"[^>]*>Beranda<\/a>/);
    expect(html).toMatch(/<a href="\/panduan\/"[^>]*>Panduan<\/a>/);
    expect(html).toMatch(/<span aria-current="page"[^>]*>Manfaat<\/span>/);
  });
});

describe("<Pager>", () => {
  it("renders only the links that exist, with rel attributes", async () => {
    const html = await container.renderToString(Pager, {
      props: { next: { href: "/panduan/b/", title: "Panduan B" } },
    });
    expect(html).toContain('rel="next"');
    expect(html).not.toContain('rel="prev"');
    expect(html).toContain("Panduan B");
  });
  it("renders nothing without neighbours", async () => {
    const html = await container.renderToString(Pager, { props: {} });
    expect(html).not.toContain("<nav");
  });
});

describe("<Toc>", () => {
  it("lists h2 and nested h3 and skips the summary box heading", async () => {
    const html = await container.renderToString(Toc, {
      props: {
        headings: [
          { depth: 2, slug: "ringkasan-judul", text: "Ringkasan" },
          { depth: 2, slug: "a", text: "Bagian A" },
          { depth: 3, slug: "a1", text: "Sub A1" },
          { depth: 2, slug: "b", text: "Bagian B" },
        ],
      },
    });
    expect(html).not.toContain("#ringkasan-judul");
    expect(html).toContain('href="#a1"');
    expect((html.match(/<li/g) ?? []).length).toBe(3);
  });
});

describe("<TemplatTabel>", () => {
  const columns = [
    { id: "a", header: "Kolom A", hint: "isi A", width: 60 },
    { id: "b", header: "Kolom B", width: 40 },
  ];
  const render = (props: Record<string, unknown>) =>
    container.renderToString(TemplatTabel, {
      props: { columns, captionId: "t-x", caption: "Judul", ...props },
      slots: { default: "<tr><td>isi</td></tr>" },
    });

  it("labels the region by the caption, sizes the columns and puts the caller's rows in the body", async () => {
    const html = await render({ hints: false });
    expect(html).toMatch(/<div class="table-wrap templat-wrap" role="region" aria-labelledby="t-x" tabindex="0"/);
    expect(html).toMatch(/<caption id="t-x"[^>]*>Judul<\/caption>/);
    expect(html).toMatch(/<col style="inline-size: 60%"/);
    expect(html).toMatch(/<tbody[^>]*><tr><td>isi<\/td><\/tr><\/tbody>/);
    expect(html).not.toContain("templat-hint");
    expect(html).not.toContain("data-astro-cid");
  });

  it("shows the hints when asked, and repeats a caller's scope attribute on every element it renders", async () => {
    const html = await render({ hints: true, "data-astro-cid-abc": true });
    expect(html).toMatch(/<span class="templat-hint" data-astro-cid-abc[ >][^>]*>isi A<\/span>/);
    const own = html.replace("<tr><td>isi</td></tr>", "").match(/<[a-z]+[^>]*>/g) ?? [];
    expect(own).toHaveLength(12);
    for (const tag of own) expect(tag).toMatch(/ data-astro-cid-abc[ >]/);
  });
});
