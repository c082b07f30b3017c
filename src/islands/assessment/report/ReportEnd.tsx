import { withBase } from "../../../lib/site/paths";
import * as routes from "../../../lib/site/routes";
import { t } from "../../../i18n/report";

/** The printed report's last lines: what the tool is and is not, and where the rules are (as a full address). */
export function ReportEnd() {
  const methodology = typeof location === "undefined" ? "" : new URL(withBase(routes.methodology), location.href).href;
  return (
    <p class="print-only report-end">
      {t("report.disclaimer")} {methodology && t("report.print.methodology", { url: methodology })}
    </p>
  );
}
