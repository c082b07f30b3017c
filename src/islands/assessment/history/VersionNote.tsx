// A result of an older bank version: scored with its own version above; on request, mapped onto the current one.
import { useState } from "preact/hooks";
import { scoreResult } from "../../../lib/assessment/scoring";
import { mapToVersion, type VersionMapping } from "../../../lib/assessment/versions";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import type { Message } from "../../../lib/util/message";
import { t, tm } from "../../../i18n/history";
import { bankMissing, loadBank, type BankRef } from "../io/bank-loader";

export function VersionNote({ result, bank, current }: { result: StoredResult; bank: BankData; current: BankRef }) {
  const [mapped, setMapped] = useState<{ to: BankData; m: VersionMapping }>();
  const [error, setError] = useState<Message>();
  const show = async () => {
    const to = await loadBank(current.id, current.version);
    if (!to) return setError(bankMissing(current.id, current.version));
    setMapped({ to, m: mapToVersion(result, bank, to) });
  };
  const score = mapped ? scoreResult(mapped.to, mapped.m.result.answers, mapped.m.result.evidence) : undefined;
  return (
    <section class="box no-print" aria-labelledby="hist-version-title">
      <h2 id="hist-version-title">{t("history.version.title")}</h2>
      <p>{t("history.version.body", { version: bank.version, current: current.version })}</p>
      {!mapped && (
        <button type="button" class="button secondary" onClick={show}>
          {t("history.version.map", { current: current.version })}
        </button>
      )}
      {error && <p role="alert">{tm(error)}</p>}
      {mapped && score && (
        <>
          <p>
            {t("history.version.mapped", {
              current: current.version,
              overall: formatMean(score.overall),
              removed: mapped.m.removed.length,
              added: mapped.m.added.length,
            })}
          </p>
          {mapped.m.removed.length > 0 && (
            <>
              <h3>{t("history.version.removed")}</h3>
              <ul>
                {mapped.m.removed.map((i) => (
                  <li key={i.id}>{i.statement}</li>
                ))}
              </ul>
            </>
          )}
          {mapped.m.added.length > 0 && (
            <>
              <h3>{t("history.version.added")}</h3>
              <ul>
                {mapped.m.added.map((i) => (
                  <li key={i.id}>{i.statement}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
