// Every published version of every bank, so results answered against an old version can always be scored.
import type { APIRoute, GetStaticPaths } from "astro";
import { getBankData } from "../../../data/content";
import { bankKey } from "../../../lib/assessment/bank-json";
import type { BankData } from "../../../lib/assessment/types";

export const getStaticPaths = (async () =>
  (await getBankData()).map((bank) => ({ params: { bank: bankKey(bank) }, props: { bank } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ bank: BankData }> = ({ props }) =>
  new Response(JSON.stringify(props.bank), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
