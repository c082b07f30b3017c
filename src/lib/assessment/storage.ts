// Where assessments live in localStorage: one draft per bank id (the assessment in progress or last completed).
import { readEntry, removeEntry, writeEntry, type StorageLike } from "../storage/local";
import { validateResult } from "./validate";
import type { BankData, StoredResult } from "./types";

/** Key prefix of every SiapMitra assessment entry. */
export const STORAGE_PREFIX = "siapmitra-penilaian";
/** The assessment in progress (or last completed) for one bank id. */
export const draftKey = (bankId: string) => `${STORAGE_PREFIX}:draf:${bankId}`;
/** The saved assessment for this bank id; a draft of another version of the bank is still returned (and mapped). */
export const loadDraft = (bank: BankData, storage?: StorageLike) =>
  readEntry(
    draftKey(bank.id),
    (v) => {
      const loose = validateResult(v);
      return loose.ok && loose.value.bank.version === bank.version ? validateResult(v, bank) : loose;
    },
    storage,
  );

export const saveDraft = (result: StoredResult, storage?: StorageLike) =>
  writeEntry(draftKey(result.bank.id), result, storage);

export const clearDraft = (bankId: string, storage?: StorageLike) => removeEntry(draftKey(bankId), storage);
