import * as routes from "../../../lib/site/routes";
import { t } from "../../../i18n/report";
import { siteAddress } from "../ui/site-address";

/** The printed report's last lines: what the tool is and is not, and where the rules are (as a full address). */
export function ReportEnd() {
  const methodology = siteAddress(routes.methodology);
  return (
    <p class="print-only report-end">
      {t("report.disclaimer")} {methodology && t("report.print.methodology", { url: methodology })}
    </p>
  );
}
