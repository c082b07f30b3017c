import type { BankData } from "../../../lib/assessment/types";
import { t } from "../../../i18n/questionnaire";

/** What each level means, for the scales a dimension's statements use (version-2 banks name their levels). */
export function ScaleGuide({ bank, dimension, live }: { bank: BankData; dimension: string; live?: boolean }) {
  const used = new Set(bank.items.filter((i) => i.dimension === dimension).map((i) => i.scale));
  const scales = bank.scales.filter((s) => used.has(s.id) && s.question !== "");
  if (scales.length === 0) return null;
  return (
    <details class="asm-scale-guide" open={!live}>
      <summary>{t("questionnaire.scaleGuide")}</summary>
      {scales.map((s) => (
        <div key={s.id}>
          <p>
            <strong>{s.name}</strong> — {s.question}
          </p>
          <ol>
            {s.levels.map((l) => (
              <li key={l.value} value={l.value}>
                <b>{l.label}</b>
                {l.meaning && `: ${l.meaning}`}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </details>
  );
}
