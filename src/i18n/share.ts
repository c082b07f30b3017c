// Saving, exporting and sharing one result.
import type { CsvLabels } from "../lib/assessment/codec-csv";
import { partnerTypes } from "../lib/content/schema/case-enums";
import assessment from "./id/assessment";
import share from "./id/share";
import storage from "./id/storage";
import transfer from "./id/transfer";
import transferLink from "./id/transfer-link";
import { makeT, makeTm } from "./make-t";
import { partnerTypeLabel } from "./partner-type";

const all = { ...share, ...transfer, ...transferLink, ...storage, ...assessment };
export const t = makeT(all);
export const tm = makeTm(all);

const isPartnerType = (id: string): id is (typeof partnerTypes)[number] =>
  (partnerTypes as readonly string[]).includes(id);

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
  itemNotes: [t("share.csv.evidenceNotes"), t("share.csv.reason")],
  planning: [
    t("assessment.planning.partners"),
    t("assessment.planning.instrumentKind"),
    t("assessment.planning.instrumentNumber"),
    t("assessment.planning.signed"),
    t("assessment.planning.ends"),
    t("assessment.planning.target"),
    t("assessment.planning.program"),
    t("assessment.planning.activity"),
    t("assessment.planning.subActivity"),
    t("assessment.planning.budgetLine"),
  ],
  instrumentKinds: {
    mou: t("assessment.planning.kind.mou"),
    pks: t("assessment.planning.kind.pks"),
    lainnya: t("assessment.planning.kind.lainnya"),
  },
  // A stored id outside the known kinds (from a future version) is shown as it is.
  partnerType: (id) => (isPartnerType(id) ? partnerTypeLabel(id) : id),
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
