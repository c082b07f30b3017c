import type { ComponentChildren } from "preact";
import { useRef } from "preact/hooks";
import { t } from "../../i18n/cases";

export interface FacetTab {
  /** URL key ("sektor") or "tahun": also the ids of the toggle and its panel. */
  key: string;
  title: string;
  /** What is chosen, shown beside the title (" · 2 dipilih"); empty when nothing is. */
  picked: string;
  /** The panel's content, rendered only while it is open. */
  panel: () => ComponentChildren;
}

interface Props {
  tabs: readonly FacetTab[];
  open: string | null;
  onOpen: (key: string | null) => void;
  /** Whether the "Saring" disclosure around the row is open (it shows on narrow screens only). */
  shown: boolean;
  onShow: (shown: boolean) => void;
  /** What is chosen in all facets, for the "Saring" summary. */
  picked: string;
}

/**
 * The facets as one row of disclosure buttons with a single panel under the row, as wide as the explorer: the
 * options get room to sit in columns, and the row keeps the boxes of the static facet links it replaces. On a
 * narrow screen the whole row sits behind one "Saring" disclosure (explorer.css).
 */
export function FacetBar({ tabs, open, onOpen, shown, onShow, picked }: Props) {
  const bar = useRef<HTMLDivElement>(null);
  const close = () => {
    const key = open;
    onOpen(null);
    bar.current?.querySelector<HTMLButtonElement>(`#cx-toggle-${key}`)?.focus();
  };
  const current = tabs.find((tab) => tab.key === open);
  return (
    <details class="cx-filter" open={shown} onToggle={(e) => onShow((e.currentTarget as HTMLDetailsElement).open)}>
      <summary class="cx-toggle">
        {t("cases.facets.all")}
        {picked && <span class="cx-picked">{picked}</span>}
      </summary>
      <div class="cx-facets" role="group" aria-label={t("cases.facets.filter")} ref={bar}>
        <div class="cx-toggles">
          {tabs.map((tab) => (
            <button
              key={tab.key}
              type="button"
              class="cx-toggle"
              id={`cx-toggle-${tab.key}`}
              aria-expanded={tab.key === open}
              aria-controls={tab.key === open ? `cx-panel-${tab.key}` : undefined}
              onClick={() => onOpen(tab.key === open ? null : tab.key)}
            >
              {tab.title}
              {tab.picked && <span class="cx-picked">{tab.picked}</span>}
            </button>
          ))}
        </div>
        {current && (
          <div
            class="cx-panel"
            id={`cx-panel-${current.key}`}
            onKeyDown={(e) => {
              if (e.key === "Escape") close();
            }}
          >
            {current.panel()}
            <button type="button" class="button secondary cx-close" onClick={close}>
              {t("cases.facets.close")}
            </button>
          </div>
        )}
      </div>
    </details>
  );
}
