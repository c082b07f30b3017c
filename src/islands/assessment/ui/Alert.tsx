import type { ComponentChildren } from "preact";

interface Props {
  children: ComponentChildren;
  id?: string;
  /** Announce it when it appears (role="alert"); false for a warning that is part of the page from the start. */
  announce?: boolean;
}

/** A warning or error box: the one markup for every problem an island reports. */
export function Alert({ children, id, announce = true }: Props) {
  return (
    <p class="box asm-message" id={id} role={announce ? "alert" : undefined}>
      {children}
    </p>
  );
}
