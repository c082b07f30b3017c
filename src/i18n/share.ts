// Saving, exporting and sharing one result.
import type { CsvLabels } from "../lib/assessment/codec-csv";
import assessment from "./id/assessment";
import share from "./id/share";
import storage from "./id/storage";
import transfer from "./id/transfer";
import transferLink from "./id/transfer-link";
import { makeT, makeTm } from "./make-t";

const all = { ...share, ...transfer, ...transferLink, ...storage, ...assessment };
export const t = makeT(all);
export const tm = makeTm(all);

/** The spreadsheet exports' words (headings and answer labels). */
export const csvLabels = (): CsvLabels => ({
  lead: [t("share.csv.bank"), t("share.csv.version"), t("share.csv.agency"), t("share.csv.date")],
  items: [
    t("share.csv.dimension"),
    t("share.csv.code"),
    t("share.csv.statement"),
    t("share.csv.value"),
    t("share.csv.answer"),
    t("share.csv.evidence"),
  ],
  dimensions: [
    t("share.csv.dimension"),
    t("share.csv.mean"),
    t("share.csv.band"),
    t("share.csv.answered"),
    t("share.csv.notApplicable"),
    t("share.csv.unknown"),
    t("share.csv.unanswered"),
    t("share.csv.coverage"),
  ],
  overallRow: t("share.csv.overall"),
  unansweredAnswer: t("assessment.answer.none"),
  tb: t("assessment.answer.tb"),
  tt: t("assessment.answer.tt"),
  unscored: {
    insufficient: t("assessment.band.none"),
    unknown: t("assessment.band.unknown"),
    notApplicable: t("assessment.band.notApplicable"),
  },
  noOverall: t("assessment.band.none"),
});
