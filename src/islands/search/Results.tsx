import type { SearchHit, SearchOutcome } from "../../lib/search/engine";
import { recordTypes, type RecordType } from "../../lib/search/types";
import { withBase } from "../../lib/site/paths";
import { t, typeLabel } from "../../i18n/search";
import { allCount, countText } from "./useSearch";

interface FilterProps {
  outcome: SearchOutcome;
  type: RecordType | undefined;
  onChange: (type: RecordType | undefined) => void;
  /** Prefix for the radio group's name and ids, unique per page. */
  idPrefix: string;
}

/**
 * The type filters ("Semua · Panduan · Studi kasus · Istilah …") as one radio group: a single Tab stop, arrow keys
 * move between types. A type with no results is left out unless it is the one chosen.
 */
export function TypeFilters({ outcome, type, onChange, idPrefix }: FilterProps) {
  const options: { value: RecordType | undefined; label: string; count: number }[] = [
    { value: undefined, label: t("search.filter.all"), count: allCount(outcome) },
    ...recordTypes
      .filter((r) => outcome.byType[r] > 0 || r === type)
      .map((r) => ({ value: r, label: typeLabel(r), count: outcome.byType[r] })),
  ];
  return (
    <fieldset class="search-filters">
      <legend class="visually-hidden">{t("search.filter.legend")}</legend>
      {options.map((o) => {
        const id = `${idPrefix}-jenis-${o.value ?? "semua"}`;
        return (
          <span key={id} class="search-filter">
            <input
              type="radio"
              id={id}
              name={`${idPrefix}-jenis`}
              value={o.value ?? ""}
              checked={o.value === type}
              onChange={() => onChange(o.value)}
            />
            <label for={id}>{t("search.filter.option", { label: o.label, count: countText(o.count) })}</label>
          </span>
        );
      })}
    </fieldset>
  );
}

function Row({ hit, outcome }: { hit: SearchHit; outcome: SearchOutcome }) {
  const section = hit.unit.heading;
  const snippet = outcome.snippet(hit);
  return (
    <li>
      <a href={withBase(hit.unit.url)} data-search-result>
        <span class="search-type">{typeLabel(hit.doc.type)}</span>
        <span class="search-title">
          {section
            ? t("search.result.section", { page: hit.doc.title, section })
            : hit.doc.alias
              ? t("search.result.alias", { term: hit.doc.title, alias: hit.doc.alias })
              : hit.doc.title}
        </span>
        {snippet.length > 0 && (
          <span class="search-snippet">{snippet.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</span>
        )}
      </a>
      {hit.more.length > 0 && (
        <p class="search-sections">
          {t("search.result.more")}{" "}
          {hit.more.map((u, i) => (
            <span key={u.id}>
              {i > 0 && " · "}
              <a href={withBase(u.url)} data-search-result>
                {u.heading}
              </a>
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

interface ListProps {
  outcome: SearchOutcome;
  /** Rows to show (the rest stay behind "Tampilkan … berikutnya" or the link to /cari/). */
  shown: number;
}

/** One ranked list across every kind of page; the kind is a label on each row, never the order. */
export function ResultList({ outcome, shown }: ListProps) {
  return (
    <ol class="search-results" aria-label={t("search.results.label")}>
      {outcome.hits.slice(0, shown).map((h) => (
        <Row key={h.doc.id} hit={h} outcome={outcome} />
      ))}
    </ol>
  );
}

/** "Mungkin maksud Anda: …" with each suggestion as a link (or a button in the dialog, via `onPick`). */
export function Suggestions({ items, onPick }: { items: string[]; onPick?: (q: string) => void }) {
  if (items.length === 0) return null;
  return (
    <p class="search-suggest">
      {t("search.empty.suggest")}{" "}
      {items.map((q, i) => (
        <span key={q}>
          {i > 0 && ", "}
          <a
            href={withBase(`/cari/?q=${encodeURIComponent(q)}`)}
            onClick={(e) => {
              if (!onPick) return;
              e.preventDefault();
              onPick(q);
            }}
          >
            {q}
          </a>
        </span>
      ))}
    </p>
  );
}

const isChoice = (t: EventTarget | null) => t instanceof HTMLInputElement && t.type === "radio";

/**
 * Moves focus between the result links with the arrow keys; ArrowUp from the first goes back to the input. Arrow
 * keys on the type filters keep their native meaning (the next type).
 */
export function arrowNavigation(e: KeyboardEvent, root: HTMLElement | null, input: HTMLInputElement | null): void {
  if (!root || (e.key !== "ArrowDown" && e.key !== "ArrowUp") || isChoice(e.target)) return;
  const links = [...root.querySelectorAll<HTMLAnchorElement>("[data-search-result]")];
  if (links.length === 0) return;
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  e.preventDefault();
  if (e.key === "ArrowDown") (links[i < 0 ? 0 : Math.min(i + 1, links.length - 1)] as HTMLElement).focus();
  else if (i <= 0) input?.focus();
  else (links[i - 1] as HTMLElement).focus();
}
