// Translator of the search area: the search islands import this, so their chunks carry only search strings.
import type { RecordType } from "../lib/search/types";
import dict from "./id/search";
import { makeT } from "./make-t";

export const t = makeT(dict);

/** The label of a kind of page, on each result and on its filter. */
export const typeLabel = (type: RecordType): string => t(`search.type.${type}`);
