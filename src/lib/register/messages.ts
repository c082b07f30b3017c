// Exports that must contain text (CSV headers, calendar events) take the UI's translator as a parameter, so
// src/lib never holds the sentences: src/i18n/register.ts has the one to pass (registerText).
import { message, type Message, type MessageParams } from "../util/message";
import type { CasePartnerType, PartnerType } from "./types";

export interface RegisterText {
  /** Renders a message of the register area (makeTm over src/i18n/id/register.ts). */
  tm: (m: Message) => string;
  /** The label of a case partner type (src/i18n/partner-type.ts: partnerTypeLabel). */
  partnerType: (id: CasePartnerType) => string;
}

/** A `t(key, params)` over the given texts, for code that writes many of them. */
export const translator =
  (text: RegisterText) =>
  (key: `register.${string}`, params?: MessageParams): string =>
    text.tm(message(key, params));

export const partnerTypeLabel = (type: PartnerType, text: RegisterText): string =>
  type === "lainnya" ? text.tm(message("register.partnerType.lainnya")) : text.partnerType(type);
