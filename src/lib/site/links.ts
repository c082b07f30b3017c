export type LinkKind = "internal" | "external" | "fragment" | "other";

/** Classifies an href written in content. */
export function linkKind(href: string): LinkKind {
  if (href.startsWith("#")) return "fragment";
  if (href.startsWith("/") && !href.startsWith("//")) return "internal";
  if (/^https?:\/\//i.test(href)) return "external";
  return "other";
}

/** The route part of an internal href: "/panduan/x/#a" → "/panduan/x/". */
export function routeOf(href: string): string {
  return href.replace(/[?#].*$/, "");
}
