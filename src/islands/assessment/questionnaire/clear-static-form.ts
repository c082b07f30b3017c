// Clears the static form out of the page before the island takes its place. Taken out in one go (display: none or
// content-visibility: hidden), its 2.500 laid-out elements cost a slow phone 25–55 ms of style and layout at CPU ×4,
// in the very task that draws the island's first step; kept in the page but invisible, it sits below the growing
// island and every frame walks all of it again to move it (PrePaint, about 190 ms over the first answer). So the
// parts the reader cannot see, wholly below the screen, go first, last to first and one per frame (1–12 ms each):
// nothing on screen moves. The part on screen goes with the takeover itself (tests/bench/questionnaire-start.ts).
import { afterNextPaint } from "../ui/yield";

/** Marks a part taken out; screen only (questionnaire.css), so "Cetak formulir kosong" still prints the whole form. */
const GONE = "asm-static-gone";

const nextFrame = () => new Promise<void>((resolve) => afterNextPaint(resolve));

/** Resolves once every part of `form` below the screen (and not holding the focus) is out of the layout. */
export async function clearStaticFormBelowScreen(form: HTMLElement): Promise<void> {
  const bottom = window.innerHeight;
  const below = [...form.children].filter(
    (part) => part.getBoundingClientRect().top >= bottom && !part.contains(document.activeElement),
  );
  for (const part of below.reverse()) {
    await nextFrame();
    part.classList.add(GONE);
  }
  if (below.length > 0) await nextFrame();
}
