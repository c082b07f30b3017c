// RSS feed of the case studies, linked from the head of /studi-kasus/. Items carry no pubDate on purpose: the
// cases have no publication date, and inventing one would mislead feed readers (each item's guid is its URL).
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getCases } from "../../data/content";
import { partnerTypeLabel, sectorLabel, statusLabel } from "../../i18n/content";
import { caseYears } from "../../lib/cases/format";
import { withBase } from "../../lib/site/paths";

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL("https://siapmitra.example.id");
  const cases = await getCases();
  return rss({
    title: "Studi kasus kemitraan · SiapMitra",
    description: "Kemitraan nyata di Indonesia, bersumber: para pihak, capaian, tantangan, dan pelajarannya.",
    site: new URL(withBase("/studi-kasus/"), origin).href,
    customData: "<language>id-ID</language>",
    items: cases.map((c) => ({
      title: c.data.title,
      link: new URL(withBase(`/studi-kasus/${c.id}/`), origin).href,
      description: `${c.data.summary} (${c.data.regions.join(", ")}, ${caseYears(c.data.years.start, c.data.years.end)})`,
      categories: [
        sectorLabel(c.data.sector),
        ...c.data.partnerTypes.map(partnerTypeLabel),
        statusLabel(c.data.status),
      ],
    })),
  });
};
