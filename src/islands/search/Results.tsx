import type { HitGroup } from "../../lib/search/engine";
import { withBase } from "../../lib/site/paths";

interface Props {
  groups: HitGroup[];
  /** Prefix for element ids, unique per page. */
  idPrefix: string;
  headingLevel: 2 | 3;
}

/** Results grouped by type, each group a labelled list of links; matched words are <mark>ed. */
export function Results({ groups, idPrefix, headingLevel }: Props) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <div class="search-results">
      {groups.map((g) => (
        <section key={g.type} aria-labelledby={`${idPrefix}-${g.type}`}>
          <H id={`${idPrefix}-${g.type}`} class="search-group">
            {g.label} <span class="search-count">({g.hits.length})</span>
          </H>
          <ul>
            {g.hits.map((h) => (
              <li key={h.doc.id}>
                <a href={withBase(h.doc.url)} data-search-result>
                  <span class="search-title">
                    {h.doc.parent && <span class="search-parent">{h.doc.parent} › </span>}
                    {h.doc.title}
                  </span>
                  <span class="search-snippet">
                    {h.snippet.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Moves focus between the result links with the arrow keys; ArrowUp from the first goes back to the input. */
export function arrowNavigation(e: KeyboardEvent, root: HTMLElement | null, input: HTMLInputElement | null): void {
  if (!root || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
  const links = [...root.querySelectorAll<HTMLAnchorElement>("[data-search-result]")];
  if (links.length === 0) return;
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  e.preventDefault();
  if (e.key === "ArrowDown") (links[i < 0 ? 0 : Math.min(i + 1, links.length - 1)] as HTMLElement).focus();
  else if (i <= 0) input?.focus();
  else (links[i - 1] as HTMLElement).focus();
}
