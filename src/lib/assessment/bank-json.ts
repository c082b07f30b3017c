// Turns a validated question bank (content schema) into the BankData the browser fetches.
import type { Instrument } from "../content/schema/instrument";
import type { BankData, GuideLink } from "./types";

/** "langkah-x#judul" → link with the guide's title; throws on an unknown guide (the build checks this earlier). */
export function guideLink(target: string, titles: ReadonlyMap<string, string>): GuideLink {
  const [id = "", anchor] = target.split("#");
  const title = titles.get(id);
  if (title === undefined) throw new Error(`Unknown guide in recommendation: ${target}`);
  return { id, anchor, title, path: `/panduan/${id}/${anchor ? `#${anchor}` : ""}` };
}

export function toBankData(bank: Instrument, guideTitles: ReadonlyMap<string, string>): BankData {
  return {
    id: bank.id,
    version: bank.version,
    title: bank.title,
    description: bank.description,
    stage: bank.stage,
    scale: bank.scale ?? [], // version-2 banks (per-item `scales`) stay drafts until the questionnaire serves them
    evidence: bank.evidence,
    dimensions: bank.dimensions,
    items: bank.items,
    bands: [...bank.bands].sort((a, b) => b.min - a.min),
    recommendations: bank.recommendations.map((r) => ({
      ...r,
      guides: r.guides.map((g) => guideLink(g, guideTitles)),
    })),
  };
}

/** The URL segment and file name of one bank version: "kesiapan@1". */
export const bankKey = (bank: Pick<BankData, "id" | "version">) => `${bank.id}@${bank.version}`;
