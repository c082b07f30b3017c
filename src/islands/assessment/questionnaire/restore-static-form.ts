// The static form keeps all but the context step's four fields in <noscript> (PaperForm.tsx): a form like any other without
// JavaScript, plain text with it, so a slow phone neither parses nor lays out 2.000 fields the island replaces anyway.
// Before that, the whole form was the page's longest task on a slow phone (tests/bench/questionnaire-start.ts).

/**
 * Turns the statements kept in <noscript> into fields again, so the static form is whole: to print it blank, or to
 * stay the form when the island cannot take over. The markup is the page's own, written at build time.
 */
export function restoreStaticForm(): void {
  const form = document.getElementById("asm-static");
  if (!form) return;
  for (const rest of form.querySelectorAll("noscript")) {
    const range = document.createRange();
    range.selectNode(rest);
    rest.replaceWith(range.createContextualFragment(rest.textContent ?? ""));
  }
  form.querySelector(":scope > .asm-static-more")?.remove();
}
