import { withBase } from "../../../lib/site/paths";

/** The full address of a page of this site, for paper (a path means nothing there); "" before there is a page. */
export function siteAddress(path: string): string {
  return typeof location === "undefined" ? "" : new URL(withBase(path), location.href).href;
}
