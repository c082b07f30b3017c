// What the service worker downloads on install: the shell (home, offline page, their styles and icons) and the
// questionnaire (its pages, every chunk it may load, the radar chart included, and the question banks). Everything
// else is cached only when read: visitors often pay for data by the megabyte.
import { codeAssetRefs, htmlAssetRefs } from "./refs";

export interface BuiltFiles {
  /** Paths relative to the build folder, with "/" separators: "index.html", "_astro/a.js". */
  files: readonly string[];
  read: (path: string) => string;
  /** The site's base path, ending in "/". */
  base: string;
}

const origin = "http://siapmitra.invalid";
const shellPages = ["index.html", "offline/index.html"];
const isQuestionnairePage = (path: string) => /^penilaian\/(?:.+\/)?index\.html$/.test(path);
/** Question banks are served as JSON under /penilaian/ or named after their versioned file (kesiapan@1.json). */
const isBankData = (path: string) =>
  path.endsWith(".json") && (path.startsWith("penilaian/") || /@\d+\.json$/.test(path));

const pageUrl = (path: string) => path.replace(/(?:^|\/)index\.html$/, (m) => (m.startsWith("/") ? "/" : ""));

/** Base-absolute URLs to precache, sorted. Files that are not in the build are left out. */
export function precacheUrls({ files, read, base }: BuiltFiles): string[] {
  const present = new Set(files);
  const toPath = (url: string): string | undefined => {
    const { pathname } = new URL(url);
    if (!pathname.startsWith(base)) return undefined;
    const path = decodeURI(pathname.slice(base.length));
    return present.has(path) ? path : undefined;
  };
  const pages = files.filter((f) => shellPages.includes(f) || isQuestionnairePage(f));
  const wanted = new Set<string>(pages);
  const queue: string[] = [];
  for (const page of pages) {
    const url = `${origin}${base}${pageUrl(page)}`;
    for (const ref of htmlAssetRefs(read(page), url, base)) {
      const path = toPath(ref);
      if (path && !wanted.has(path)) {
        wanted.add(path);
        queue.push(path);
      }
    }
  }
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (!/\.(?:m?js|css)$/.test(file)) continue;
    for (const ref of codeAssetRefs(read(file), `${origin}${base}${file}`, base)) {
      const path = toPath(ref);
      if (path && !wanted.has(path)) {
        wanted.add(path);
        queue.push(path);
      }
    }
  }
  for (const file of files) if (isBankData(file)) wanted.add(file);
  return [...wanted].map((path) => base + pageUrl(path)).sort();
}
