// The shown result on /penilaian/hasil/: loaded by dynamic import once a result is decoded, so the page's
// first load stays small (the report, the overlay and the export tools are the heavy part).
import { useState } from "preact/hooks";
import { importToHistory } from "../../../lib/assessment/history";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { withBase } from "../../../lib/site/paths";
import * as routes from "../../../lib/site/routes";
import { t, tm } from "../../../i18n/share";
import type { BankRef } from "../io/bank-loader";
import { ResultView } from "./ResultView";
import { ResultTools } from "./ResultTools";
import { Overlay } from "../history/Overlay";
import { VersionNote } from "../history/VersionNote";

export interface ShownResultProps {
  banks: BankRef[];
  bank: BankData;
  result: StoredResult;
  source: "lokal" | "tautan";
}

export function ShownResult({ banks, bank, result, source }: ShownResultProps) {
  const [saved, setSaved] = useState<string>();
  const current = banks.find((b) => b.id === bank.id);
  const save = () => {
    const out = importToHistory(result);
    setSaved(out.status === "failed" ? tm({ key: out.code }) : t(`share.shown.${out.status}`));
  };
  return (
    <>
      {source === "tautan" && (
        <div class="box no-print share-readonly">
          <p>{t("share.shown.fromLink")}</p>
          <button type="button" class="button" onClick={save}>
            {t("share.shown.save")}
          </button>
          <p role="status">
            {saved}
            {saved && (
              <>
                {" "}
                <a href={withBase(routes.history)}>{t("share.shown.openHistory")}</a>.
              </>
            )}
          </p>
        </div>
      )}
      {current && current.version !== bank.version && <VersionNote result={result} bank={bank} current={current} />}
      <ResultView bank={bank} result={result} />
      {source === "lokal" && <Overlay bank={bank} result={result} />}
      <ResultTools bank={bank} result={result} />
    </>
  );
}
