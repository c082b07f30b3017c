// The planning references the user gave, as a short list of facts under the report's own facts.
import { Fragment } from "preact";
import { isEmptyPlanning, namedPartners } from "../../../lib/assessment/planning";
import type { PlanningRefs as Refs } from "../../../lib/assessment/types";
import { formatLocalDate } from "../../../lib/site/format";
import { facetLabel } from "../../../i18n/content";
import { t } from "../../../i18n/report";
import { ReportSection } from "./ReportSection";

/**
 * Nothing when no reference was given; otherwise each filled-in reference, partners first. `withoutInstrument`
 * leaves out the agreement, for a layout that states it elsewhere (the telaahan staf's basis).
 */
export function PlanningRefs({
  refs,
  id,
  withoutInstrument = false,
}: {
  refs: Refs | undefined;
  id: string;
  withoutInstrument?: boolean;
}) {
  if (!refs || isEmptyPlanning(refs)) return null;
  const partners = namedPartners(refs);
  const { jenis, nomor, tanggal, berakhir } = refs.instrumen;
  const instrument: [label: string, value: string][] = [
    [t("assessment.planning.instrumentKind"), jenis === "" ? "" : t(`assessment.planning.kind.${jenis}`)],
    [t("assessment.planning.instrumentNumber"), nomor.trim()],
    [t("assessment.planning.signed"), tanggal === "" ? "" : formatLocalDate(tanggal)],
    [t("assessment.planning.ends"), berakhir === "" ? "" : formatLocalDate(berakhir)],
  ];
  const facts: [label: string, value: string][] = [
    ...(withoutInstrument ? [] : instrument),
    [t("assessment.planning.target"), refs.sasaran.trim()],
    [t("assessment.planning.program"), refs.program.trim()],
    [t("assessment.planning.activity"), refs.kegiatan.trim()],
    [t("assessment.planning.subActivity"), refs.subKegiatan.trim()],
    [t("assessment.planning.budgetLine"), refs.anggaran.trim()],
  ];
  const shown = facts.filter(([, value]) => value !== "");
  if (partners.length === 0 && shown.length === 0) return null;
  return (
    <ReportSection id={id} title={t("assessment.planning.title")}>
      <dl class="facts report-planning">
        {partners.length > 0 && (
          <>
            <dt>{t("assessment.planning.partners")}</dt>
            <dd>
              <ul class="report-partners">
                {partners.map((m, i) => (
                  <li key={i}>
                    {m.jenis === ""
                      ? m.nama.trim()
                      : t("report.planning.partner", { name: m.nama.trim(), type: facetLabel("mitra", m.jenis) })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {shown.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </ReportSection>
  );
}
