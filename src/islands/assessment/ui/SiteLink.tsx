import type { ComponentChildren } from "preact";
import { withBase } from "../../../lib/site/paths";
import { siteAddress } from "./site-address";

/** A link to a page of this site; on paper it prints its full address (global.css), since a path means nothing there. */
export function SiteLink({ path, children }: { path: string; children: ComponentChildren }) {
  // The page is enough on paper: the section anchor only lengthens the printed address.
  const full = siteAddress(path).replace(/#.*$/, "") || undefined;
  return (
    <a href={withBase(path)} data-print-url={full}>
      {children}
    </a>
  );
}
