// The register's dictionary as a type: exports that must contain text (CSV headers, calendar events) take a `t`
// over these keys, so src/lib never holds the sentences and the UI passes its own translator.
import type { Params } from "../../i18n/make-t";
import type registerMessages from "../../i18n/id/register";

export type RegisterMessageKey = keyof typeof registerMessages;
export type RegisterT = (key: RegisterMessageKey, params?: Params) => string;
