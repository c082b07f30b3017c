// The one way an island gets a bank: one immutable version from the static endpoint, fetched once per page.
import { bankKey } from "../../../lib/assessment/bank-json";
import type { BankRef } from "../../../lib/assessment/bank-refs";
import { validateBank } from "../../../lib/assessment/validate";
import type { BankData } from "../../../lib/assessment/types";
import { message } from "../../../lib/util/message";
import * as routes from "../../../lib/site/routes";
import { fetchJson } from "./fetch-json";

export type { BankRef };

const cache = new Map<string, Promise<BankData | undefined>>();

export function loadBank(id: string, version: number): Promise<BankData | undefined> {
  const key = bankKey({ id, version });
  let p = cache.get(key);
  if (!p) {
    p = fetchJson(routes.bankData(key)).then((v) => {
      const checked = validateBank(v);
      return checked.ok && checked.value.id === id && checked.value.version === version ? checked.value : undefined;
    });
    cache.set(key, p);
  }
  return p;
}

/** Why a result cannot be shown: its bank version did not load. */
export const bankMissing = (id: string, version: number) => message("assessment.bankMissing", { id, version });

export const knownBanks = (banks: readonly BankRef[]) => new Map(banks.map((b) => [b.id, b.version]));
