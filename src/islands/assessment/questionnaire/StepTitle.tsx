import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

let firstRender = true;

/** The step heading; focused when the step changes so keyboard and screen-reader users start at the top. */
export function StepTitle({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The first step appears on page load: leave focus where the user is.
    if (firstRender) firstRender = false;
    else ref.current?.focus();
  }, []);
  return (
    <h2 class="asm-step-title" tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}
