// The date and name a person would give a result, shared by the history, results and comparison views.
import { localDate } from "../site/dates";
import { formatLocalDate } from "../site/format";
import type { StoredResult } from "./types";

/** When the result was last finished or touched (an instant); lists sort by it, newest first. */
export const resultInstant = (r: StoredResult): string => r.completedAt ?? r.updatedAt;

/** The local calendar day of that instant, YYYY-MM-DD (file names use it). */
export const resultDay = (r: StoredResult): string => localDate(new Date(resultInstant(r)));

/** The date a person would name: the context date if given, else the local completion day, written out. */
export const resultDate = (r: StoredResult): string => formatLocalDate(r.context.tanggal || resultDay(r));

/** The user's label, else agency and partnership; "" when there is neither (the UI then shows a neutral default). */
export const resultName = (r: StoredResult): string =>
  r.name || [r.context.instansi, r.context.kemitraan].filter(Boolean).join(" – ");
