import type { PlanningRefs } from "../../../lib/assessment/types";
import { formatLocalDate } from "../../../lib/site/format";
import * as routes from "../../../lib/site/routes";
import { t } from "../../../i18n/telaahan";
import { PlanningRefs as PlanningFacts } from "../report/PlanningRefs";
import { siteAddress } from "../ui/site-address";

/**
 * What the partnership rests on: the agreement the user recorded, and lines for the regulations. The tool cannot
 * know which regulations apply to this partnership, so it points to the register instead of guessing.
 */
export function TelaahanBasis({ refs }: { refs: PlanningRefs | undefined }) {
  const i = refs?.instrumen;
  const kind = i && i.jenis !== "" ? t(`assessment.planning.kind.${i.jenis}`) : "";
  const parts = kind
    ? [
        i!.nomor.trim()
          ? t("telaahan.facts.instrument", { kind, number: i!.nomor.trim() })
          : t("telaahan.facts.instrumentNoNumber", { kind }),
        i!.tanggal && t("telaahan.facts.signed", { date: formatLocalDate(i!.tanggal) }),
        i!.berakhir && t("telaahan.facts.ends", { date: formatLocalDate(i!.berakhir) }),
      ].filter(Boolean)
    : [];
  return (
    <>
      <h4>{t("telaahan.facts.basis")}</h4>
      <p>{parts.length > 0 ? `${parts.join(", ")}.` : t("telaahan.facts.noInstrument")}</p>
      <p>{t("telaahan.facts.regulations")}</p>
      <ol class="telaahan-lines">
        <li class="telaahan-line" />
        <li class="telaahan-line" />
      </ol>
      <p class="telaahan-hint">{t("telaahan.facts.regulationsHint", { url: siteAddress(routes.legalBasis) })}</p>
      <PlanningFacts refs={refs} id="telaahan-h-planning" withoutInstrument />
    </>
  );
}
