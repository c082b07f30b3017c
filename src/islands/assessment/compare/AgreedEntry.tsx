// "Skor kesepakatan" under the comparison: what it is, and the button that loads the form (its code and words load
// only when a facilitator opens it).
import { useEffect, useState } from "preact/hooks";
import type { ComponentType } from "preact";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { t } from "../../../i18n/compare";
import type { AgreedPanelProps } from "./AgreedPanel";
import type { AgreedState, AgreedUpdate } from "./agreed-state";

interface Props {
  bank: BankData;
  results: StoredResult[];
  state: AgreedState;
  onState: AgreedUpdate;
}

export function AgreedEntry({ bank, results, state, onState }: Props) {
  const [Panel, setPanel] = useState<ComponentType<AgreedPanelProps>>();
  useEffect(() => {
    if (state.open && !Panel) void import("./AgreedPanel").then((m) => setPanel(() => m.AgreedPanel));
  }, [state.open]);
  return (
    <section class="cmp-agreed no-print" aria-labelledby="cmp-agreed-title">
      <h2 id="cmp-agreed-title">{t("compare.agreed.title")}</h2>
      <p>{t("compare.agreed.body")}</p>
      <div class="action-row">
        <button
          type="button"
          class={state.open ? "button secondary" : "button"}
          aria-expanded={state.open}
          aria-controls="cmp-agreed-panel"
          onClick={() => onState((s) => ({ ...s, open: !s.open }))}
        >
          {t(state.open ? "compare.agreed.hide" : "compare.agreed.open")}
        </button>
      </div>
      {!state.open && state.dirty && <p>{t("compare.agreed.kept")}</p>}
      <div id="cmp-agreed-panel" hidden={!state.open}>
        {state.open &&
          (Panel ? (
            <Panel bank={bank} results={results} state={state} onState={onState} />
          ) : (
            <p role="status">{t("compare.agreed.loading")}</p>
          ))}
      </div>
    </section>
  );
}
