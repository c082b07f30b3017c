// The rules for loading results into a comparison: every result must use the same bank version as the first one,
// and each result is loaded once. Pure, so the comparison island only renders what this decides.
import { message, type Message } from "../util/message";
import type { BankData, StoredResult } from "./types";

/** One result read from a file, a link or the history, or why it could not be read (and the checks it failed). */
export type Loaded =
  { ok: true; bank: BankData; result: StoredResult } | { ok: false; error: Message; problems?: Message[] | undefined };

export interface CompareEntry {
  key: string;
  /** The agency the respondent belongs to; starts as the result's own agency name, editable. */
  label: string;
  result: StoredResult;
  /** Where it came from, as shown to the user ("Berkas a.json", "Tautan 2"). */
  source: string;
}

/** A line of feedback: a problem with one input, a problem with the request itself, or how many were added. */
export type CompareNote =
  | { kind: "problem"; source: string; error: Message }
  | { kind: "notice"; error: Message }
  | { kind: "added"; n: number };

export interface Added {
  /** The comparison's bank version: the current one, or the first loaded. */
  bank: BankData | undefined;
  added: CompareEntry[];
  notes: CompareNote[];
}

export function addToComparison(
  bank: BankData | undefined,
  entries: readonly CompareEntry[],
  loaded: readonly { item: Loaded; source: string }[],
  nextKey: () => string,
): Added {
  const notes: CompareNote[] = [];
  const added: CompareEntry[] = [];
  const have = new Set(entries.map((e) => e.result.id));
  let current = bank;
  for (const { item, source } of loaded) {
    if (!item.ok) {
      notes.push({ kind: "problem", source, error: item.error });
      continue;
    }
    if (current && (current.id !== item.bank.id || current.version !== item.bank.version)) {
      notes.push({
        kind: "problem",
        source,
        error: message("compare.otherVersion", {
          title: item.bank.title,
          version: item.bank.version,
          currentTitle: current.title,
          currentVersion: current.version,
        }),
      });
      continue;
    }
    if (have.has(item.result.id)) {
      notes.push({ kind: "problem", source, error: message("compare.alreadyLoaded") });
      continue;
    }
    have.add(item.result.id);
    current = item.bank;
    added.push({ key: nextKey(), label: item.result.context.instansi, result: item.result, source });
  }
  if (added.length > 0) notes.push({ kind: "added", n: added.length });
  return { bank: current, added, notes };
}
