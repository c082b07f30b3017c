import type { ComponentChildren } from "preact";
import { withBase } from "../../../lib/site/paths";

/** A link to a page of this site; on paper it prints its full address (global.css), since a path means nothing there. */
export function SiteLink({ path, children }: { path: string; children: ComponentChildren }) {
  const href = withBase(path);
  // The page is enough on paper: the section anchor only lengthens the printed address.
  const full = typeof location === "undefined" ? undefined : new URL(href, location.href).href.replace(/#.*$/, "");
  return (
    <a href={href} data-print-url={full}>
      {children}
    </a>
  );
}
