/** Joins the site's base path (always ending in "/") and a site-absolute path ("/panduan/"). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (!path.startsWith("/")) return path;
  const prefix = base.endsWith("/") ? base.slice(0, -1) : base;
  return prefix + path;
}

/** Removes the base path from a pathname, giving the site-absolute route ("/kemitraan/cari/" → "/cari/"). */
export function withoutBase(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base.slice(0, -1) : base;
  return prefix && pathname.startsWith(prefix + "/") ? pathname.slice(prefix.length) : pathname;
}
