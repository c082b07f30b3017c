// Every published version of every bank, so results answered against an old version can always be scored.
import type { APIRoute, GetStaticPaths } from "astro";
import { getGuides, getInstruments, type Instrument } from "../../../data/content";
import { bankKey, toBankData } from "../../../lib/assessment/bank-json";

export const getStaticPaths = (async () => {
  const [banks, guides] = await Promise.all([getInstruments(), getGuides()]);
  const titles = new Map(guides.map((g) => [g.id, g.data.title]));
  return banks.map((b) => ({ params: { bank: bankKey(b.data) }, props: { bank: b, titles } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bank: Instrument; titles: Map<string, string> }> = ({ props }) =>
  new Response(JSON.stringify(toBankData(props.bank.data, props.titles)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
