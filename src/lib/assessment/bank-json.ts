// Turns a validated question bank (content schema) into the BankData the browser fetches.
import type { BankSupplement } from "../content/schema/bank-supplement";
import type { Instrument } from "../content/schema/instrument";
import { legacyScaleId } from "../content/schema/scale-ids";
import * as routes from "../site/routes";
import type { BankData, GuideLink } from "./types";

/** "langkah-x#judul" → link with the guide's title; throws on an unknown guide (the build checks this earlier). */
export function guideLink(target: string, titles: ReadonlyMap<string, string>): GuideLink {
  const [id = "", anchor] = target.split("#");
  const title = titles.get(id);
  if (title === undefined) throw new Error(`Unknown guide in recommendation: ${target}`);
  return { id, anchor, title, path: routes.guide(id, anchor) };
}

/** The bank as served, with its supplement (key items and action lines of versions published before them). */
export function toBankData(
  bank: Instrument,
  guideTitles: ReadonlyMap<string, string>,
  supplement?: BankSupplement,
): BankData {
  const { published: _published, scale, scales, butirKunci, items, recommendations, ...rest } = bank;
  return {
    ...rest,
    // Version 1 has one agreement scale for every item; it becomes the same shape as version 2's named scales.
    scales: scales ?? [{ id: legacyScaleId, name: "", question: "", levels: scale ?? [] }],
    items: items.map((item) => ({ ...item, scale: item.scale ?? legacyScaleId })),
    bands: [...bank.bands].sort((a, b) => b.min - a.min),
    recommendations: recommendations.map((r) => ({
      ...r,
      aksi: r.aksi ?? supplement?.aksi[`${r.dimension}/${r.band}`],
      guides: r.guides.map((g) => guideLink(g, guideTitles)),
    })),
    keyItems: [...new Set([...(butirKunci ?? []), ...(supplement?.butirKunci ?? [])])],
  };
}

/** The scale an item is answered on. */
export const scaleOf = (bank: Pick<BankData, "scales">, item: { scale: string }): BankData["scales"][number] =>
  bank.scales.find((s) => s.id === item.scale) ?? bank.scales[0]!;

/** The URL segment and file name of one bank version: "kesiapan@1". */
export const bankKey = (bank: { id: string; version: number }) => `${bank.id}@${bank.version}`;

/** "kesiapan@1" → its id and version; undefined for anything else. */
export function parseBankKey(key: string): { id: string; version: number } | undefined {
  const m = /^([a-z0-9-]{1,80})@([1-9]\d{0,5})$/.exec(key);
  return m ? { id: m[1]!, version: Number(m[2]) } : undefined;
}
