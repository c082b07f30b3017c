// What the service worker may download beyond the page being read, worked out from the built files (hashed chunk
// names are never written by hand). Visitors often pay for data by the megabyte and most read one guide, so:
// - the shell, cached on install: the offline page, its stylesheets and the icons, nothing that runs;
// - groups, cached when the reader opens a page in their scope: the questionnaire (every page under /penilaian/ but
//   the printable paper forms, every chunk those pages load or may load, the radar chart included, and the banks).
// Everything else is cached only when read, or when the reader asks for a section ("Simpan untuk dibaca offline").
import { codeAssetRefs, htmlAssetRefs } from "./refs";

export interface BuiltFiles {
  /** Paths relative to the build folder, with "/" separators: "index.html", "_astro/a.js". */
  files: readonly string[];
  read: (path: string) => string;
  /** The site's base path, ending in "/". */
  base: string;
}

export interface CacheGroup {
  /** Base-absolute path prefix of the pages whose visit caches the group, e.g. "/penilaian/". */
  scope: string;
  /** Base-absolute URLs, sorted: the group's pages ("…/") and every file they need offline. */
  urls: string[];
}

export interface PrecachePlan {
  /** Base-absolute URLs cached when the worker installs. */
  shell: string[];
  groups: CacheGroup[];
}

/** Most the shell may weigh, gzip: every first visit pays for it (issue 17). */
export const shellBudgetBytes = 15 * 1024;

interface GroupRule {
  /** Path prefix relative to the base path. */
  scope: string;
  /** Built files that are the group's data (fetched by its islands, so no page names them). */
  data: (path: string) => boolean;
  /** Pages in the scope that the group leaves out: cached only when read. */
  readOnly: (path: string) => boolean;
}

const origin = "http://siapmitra.invalid";
const shellPage = "offline/index.html";
/** Question banks are served as JSON under /penilaian/ or named after their versioned file (kesiapan@1.json). */
const isBankData = (path: string) =>
  path.endsWith(".json") && (path.startsWith("penilaian/") || /@\d+\.json$/.test(path));
/** A bank's blank paper form: a whole page of statements to print, not needed to answer offline (about 18 KB gzip). */
const isPaperForm = (path: string) => /^penilaian\/[^/]+\/formulir\/index\.html$/.test(path);
const groupRules: GroupRule[] = [{ scope: "penilaian/", data: isBankData, readOnly: isPaperForm }];

const pageUrl = (path: string) => path.replace(/(?:^|\/)index\.html$/, (m) => (m.startsWith("/") ? "/" : ""));
const isPage = (path: string) => path === "index.html" || path.endsWith("/index.html");

/** The built files that `pages` need: what their HTML names and, through scripts and styles, what that pulls in. */
function closure({ files, read, base }: BuiltFiles, pages: readonly string[], code: boolean): Set<string> {
  const present = new Set(files);
  const toPath = (url: string): string | undefined => {
    const { pathname } = new URL(url);
    if (!pathname.startsWith(base)) return undefined;
    const path = decodeURI(pathname.slice(base.length));
    return present.has(path) ? path : undefined;
  };
  const wanted = new Set<string>(pages);
  const queue: string[] = [];
  const add = (refs: string[]) => {
    for (const ref of refs) {
      const path = toPath(ref);
      if (path && !wanted.has(path)) {
        wanted.add(path);
        queue.push(path);
      }
    }
  };
  for (const page of pages) add(htmlAssetRefs(read(page), `${origin}${base}${pageUrl(page)}`, base, { code }));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (!/\.(?:m?js|css)$/.test(file) || (!code && !file.endsWith(".css"))) continue;
    add(codeAssetRefs(read(file), `${origin}${base}${file}`, base));
  }
  return wanted;
}

const toUrls = (base: string, paths: Iterable<string>) => [...paths].map((path) => base + pageUrl(path)).sort();

/** The shell and the groups of a build. Files that are not in the build are left out. */
export function precachePlan(built: BuiltFiles): PrecachePlan {
  const { files, base } = built;
  const shell = files.includes(shellPage) ? closure(built, [shellPage], false) : new Set<string>();
  const groups = groupRules.flatMap((rule) => {
    const pages = files.filter((f) => f.startsWith(rule.scope) && isPage(f) && !rule.readOnly(f));
    if (pages.length === 0) return [];
    const wanted = closure(built, pages, true);
    for (const file of files) if (rule.data(file)) wanted.add(file);
    return [{ scope: base + rule.scope, urls: toUrls(base, wanted) }];
  });
  return { shell: toUrls(base, shell), groups };
}
