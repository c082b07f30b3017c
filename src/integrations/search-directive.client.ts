import type { ClientDirective } from "astro";

// Inlined into every page by Astro: keep it tiny (the reading pages' inline script budget is 3 KB gzip).
const TRIGGER = "[data-search-trigger]";

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

const directive: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async (open: boolean) => {
    // The island reads this attribute once mounted and opens the dialog.
    if (open) el.setAttribute("data-open", "");
    if (started) return;
    started = true;
    document.removeEventListener("focusin", onFocus);
    const hydrate = await load();
    await hydrate();
    // Until now a click or shortcut (e.g. the click that follows the focus) only marked the wish to open.
    document.removeEventListener("click", onClick, true);
    document.removeEventListener("keydown", onKey);
  };
  const onClick = (e: MouseEvent) => {
    const t = e.target as Element | null;
    if (!t?.closest?.(TRIGGER) || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void start(true);
  };
  const onFocus = (e: FocusEvent) => {
    if ((e.target as Element | null)?.closest?.(TRIGGER)) void start(false);
  };
  const onKey = (e: KeyboardEvent) => {
    const k = e.key.toLowerCase();
    if ((k === "/" && !typing(e.target) && !e.ctrlKey && !e.metaKey) || (k === "k" && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      void start(true);
    }
  };
  document.addEventListener("click", onClick, true);
  document.addEventListener("focusin", onFocus);
  document.addEventListener("keydown", onKey);
};

export default directive;
