// Loads one immutable bank version from the static endpoint, once per page.
import { validateBank } from "../../../lib/assessment/validate";
import type { BankData } from "../../../lib/assessment/types";
import { fetchJson } from "../fetch-json";

const cache = new Map<string, Promise<BankData | undefined>>();

export function loadBank(id: string, version: number): Promise<BankData | undefined> {
  const key = `${id}@${version}`;
  let p = cache.get(key);
  if (!p) {
    p = fetchJson(`/penilaian/data/${key}.json`).then((v) => {
      const checked = validateBank(v);
      return checked.ok && checked.value.id === id && checked.value.version === version ? checked.value : undefined;
    });
    cache.set(key, p);
  }
  return p;
}

export const bankMissing = (id: string, version: number) =>
  `Kuesioner ${id} versi ${version} tidak dapat dimuat dari situs ini. Periksa sambungan, lalu muat ulang halaman.`;

import type { BankRef } from "../../../lib/assessment/bank-refs";
export type { BankRef };

export const knownBanks = (banks: readonly BankRef[]) => new Map(banks.map((b) => [b.id, b.version]));
