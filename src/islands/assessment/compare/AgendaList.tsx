import type { AgendaItem } from "../../../lib/assessment/compare";
import { formatMean } from "../../../lib/assessment/summary";
import { withBase } from "../../../lib/site/paths";
import { t } from "../../../i18n/compare";

/** One half of the discussion agenda: each dimension with the question to discuss and the guides to read. */
export function AgendaList({ items, kind, empty }: { items: AgendaItem[]; kind: "weak" | "divergent"; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ol class="cmp-agenda-list">
      {items.map((d) => (
        <li key={d.id}>
          <strong>{d.name}</strong>{" "}
          {kind === "weak"
            ? t("compare.agenda.weakQuestion", { mean: formatMean(d.mean) })
            : t("compare.agenda.divergentQuestion", { spread: formatMean(d.spread) })}
          {d.guides.length > 0 && (
            <>
              {" "}
              {t("compare.agenda.reading")}{" "}
              {d.guides.map((g, i) => (
                <span key={g.path}>
                  {i > 0 && "; "}
                  <a href={withBase(g.path)}>{g.title}</a>
                </span>
              ))}
              .
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
