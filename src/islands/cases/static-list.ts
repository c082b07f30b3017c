// The server-rendered case list (src/pages/studi-kasus/index.astro), adopted as it is: the explorer shows, hides
// and reorders its cards but never draws one, so taking over the list redraws nothing.

export interface StaticList {
  /** Shows these cases in this order and hides the others; an unchanged view touches no node. */
  show(ids: readonly string[]): void;
}

/** The case id of a card, from its link (".../studi-kasus/<id>/"). */
function cardId(card: Element): string | undefined {
  const href = card.querySelector("a[href]")?.getAttribute("href") ?? "";
  return /\/([^/]+)\/?$/.exec(href)?.[1];
}

export function adoptList(list: HTMLElement): StaticList {
  const cards = new Map<string, HTMLElement>();
  for (const card of Array.from(list.children)) {
    const id = cardId(card);
    if (id && card instanceof HTMLElement) cards.set(id, card);
  }
  return {
    show(ids) {
      const wanted = ids.flatMap((id) => cards.get(id) ?? []);
      const visible = new Set<Element>(wanted);
      for (const card of cards.values()) if (card.hidden === visible.has(card)) card.hidden = !card.hidden;
      const order = Array.from(list.children).filter((c) => visible.has(c));
      if (order.some((c, i) => c !== wanted[i])) list.append(...wanted);
      if (list.hidden !== (wanted.length === 0)) list.hidden = wanted.length === 0;
    },
  };
}
