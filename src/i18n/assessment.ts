// The self-assessment islands' shared words, plus the small formatters that need them.
import type { ActionStatus, BandId, BankData } from "../lib/assessment/types";
import { bandName } from "../lib/assessment/summary";
import type { DimensionScore } from "../lib/assessment/scoring";
import type { StoredResult } from "../lib/assessment/types";
import { resultName } from "../lib/assessment/format";
import dict from "./id/assessment";
import storage from "./id/storage";
import { makeT, makeTm } from "./make-t";

const all = { ...dict, ...storage };
export const t = makeT(all);
/** Storage messages from src/lib (the other areas' translators cover their own codes). */
export const tm = makeTm(all);

/** The band's label, or "Data belum cukup" when the dimension has no score. */
export const bandLabel = (bank: Pick<BankData, "bands">, id: BandId | null): string =>
  id === null ? t("assessment.band.none") : bandName(bank, id);

/** What a dimension's verdict reads: its band, or why it has none. */
export function dimensionVerdict(bank: Pick<BankData, "bands">, d: Pick<DimensionScore, "status" | "band">): string {
  if (d.status === "scored" && d.band !== null) return bandName(bank, d.band);
  if (d.status === "unknown") return t("assessment.band.unknown");
  if (d.status === "notApplicable") return t("assessment.band.notApplicable");
  return t("assessment.band.none");
}

export const statusLabel = (s: ActionStatus): string => t(`assessment.status.${s}`);

/** A result's name for lists and headings. */
export const resultTitle = (r: StoredResult): string => resultName(r) || t("assessment.untitled");

/** A result's name in a list to choose from: its title, marked when it is a team's agreed score. */
export const resultOption = (r: StoredResult): string =>
  r.kesepakatan ? t("assessment.agreedTitle", { title: resultTitle(r), n: r.kesepakatan.responden }) : resultTitle(r);
