// The Indonesian dictionary: every user-facing string of the site's code, one module per area (id/<area>.ts).
// Keys start with their area ("search.noResults"); "{name}" is a placeholder filled by t(key, { name }).
// Islands import their area's translator (src/i18n/<area>.ts) so a chunk carries only its own strings; pages use
// the merged dictionary through src/i18n/index.ts. src/lib never returns sentences, only codes and parameters.
// A second locale adds en/<area>.ts with the same keys.
import common from "./id/common";
import content from "./id/content";
import search, { searchPage } from "./id/search";

export const id = { ...common, ...content, ...search, ...searchPage } as const;

export type MessageKey = keyof typeof id;
