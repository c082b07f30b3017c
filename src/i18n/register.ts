// The partnership register's words, for its islands and for the texts its CSV and calendar exports write.
import type { RegisterText } from "../lib/register/messages";
import register from "./id/register";
import { makeT, makeTm } from "./make-t";
import { partnerTypeLabel } from "./partner-type";

export const t = makeT(register);
export const tm = makeTm(register);

/** Pass this to registerCsv and registerCalendar. */
export const registerText: RegisterText = { tm, partnerType: partnerTypeLabel };
