import { useEffect, useState } from "preact/hooks";

/**
 * A polite live region that speaks the text once it has stopped changing, so a screen reader hears the result of
 * a typed word rather than one count per keystroke. The visible count beside it updates at once.
 */
export function Announce({ text, settle = 700 }: { text: string; settle?: number }) {
  const [said, setSaid] = useState(text);
  useEffect(() => {
    const t = setTimeout(() => setSaid(text), settle);
    return () => clearTimeout(t);
  }, [text, settle]);
  return (
    <p class="visually-hidden" role="status" aria-live="polite">
      {said}
    </p>
  );
}
