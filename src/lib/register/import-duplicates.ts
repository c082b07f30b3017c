// Duplicate rule of the CSV import, so an import never adds a partnership the register already holds:
// - when both sides have a document number, they are the same partnership exactly when the numbers match
//   (compared without case, spaces and punctuation: "119/PKS/2025" = "119-pks-2025"), whatever the names say (a renewal has a new number);
// - otherwise, when the names match and the partner names match as a set (squashed, order ignored).
import { squash } from "./import-values";
import type { Partner } from "./types";

interface Keyed {
  name: string;
  number: string;
  partners: readonly Pick<Partner, "name">[];
}

// Text without Latin letters or digits squashes to "": compare it in lower case instead, or all such names would match.
const key = (text: string) => squash(text) || text.replace(/[\s\p{P}\p{S}]/gu, "").toLowerCase();
const numberKey = (e: Keyed) => key(e.number);
const nameKey = (e: Keyed) => [key(e.name), ...e.partners.map((p) => key(p.name)).sort()].join("|");

/** An index of earlier entries (or rows) answering "which one is this a duplicate of?" in constant time. */
export class DuplicateIndex<T> {
  private byNumber = new Map<string, T>();
  private byNameWithoutNumber = new Map<string, T>();
  private byNameWithNumber = new Map<string, T>();

  /** Adds an entry; the first one added under a key is the one reported later. */
  add(e: Keyed, value: T): void {
    const n = numberKey(e);
    const k = nameKey(e);
    const set = (map: Map<string, T>, key: string) => {
      if (!map.has(key)) map.set(key, value);
    };
    if (n !== "") {
      set(this.byNumber, n);
      set(this.byNameWithNumber, k);
    } else set(this.byNameWithoutNumber, k);
  }

  find(e: Keyed): T | undefined {
    const n = numberKey(e);
    const k = nameKey(e);
    if (key(e.name) === "") return n === "" ? undefined : this.byNumber.get(n);
    return n !== ""
      ? (this.byNumber.get(n) ?? this.byNameWithoutNumber.get(k))
      : (this.byNameWithoutNumber.get(k) ?? this.byNameWithNumber.get(k));
  }
}
