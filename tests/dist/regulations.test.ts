// Legal citations on the built site (issue 16): every page that cites an amended or revoked regulation shows the
// status note, and /panduan/dasar-hukum/ lists every registry entry with its status.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { statusNote } from "../../src/lib/content/regulations";
import { referencesIn } from "../../src/lib/content/citation-check";
import { noteText } from "../../src/i18n/legal";
import { citingFiles, loadRegistry } from "../unit/content/support/citations";
import { distDir, requireDist } from "./support/site";

requireDist();
const registry = loadRegistry();
const files = citingFiles();

/** The words of a page, tags removed and whitespace collapsed, as a reader (or a screen reader) meets them. */
function pageText(route: string): string {
  const file = join(distDir, route, "index.html");
  if (!existsSync(file)) throw new Error(`${route} tidak ada di ${distDir}`);
  return readFileSync(file, "utf8")
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;|\s+/g, " ")
    .toLowerCase();
}

/** Amended or revoked registry entries, each with the routes of the pages that cite it directly. */
const changed = [...registry.values()]
  .filter((r) => r.status !== "berlaku")
  .map((r) => ({
    regulation: r,
    routes: [
      ...new Set(
        files.filter((f) => f.route && referencesIn(f.text).some((ref) => ref.id === r.id)).map((f) => f.route!),
      ),
    ],
  }));

describe("amended and revoked regulations are marked wherever they are cited", () => {
  it("lists them (some are cited)", () => {
    console.log(
      changed.map(({ regulation, routes }) => `${regulation.id} (${regulation.status}): ${routes.join(", ") || "—"}`).join("\n"),
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.some((c) => c.routes.length > 0)).toBe(true);
  });

  const cases = changed.flatMap(({ regulation, routes }) => routes.map((route) => [regulation.id, route] as const));
  it.each(cases)("%s: %s shows the note", (id, route) => {
    const note = noteText(statusNote(registry.get(id)!, registry)!).toLowerCase();
    expect(pageText(route)).toContain(note);
  });
});

describe("/panduan/dasar-hukum/", () => {
  const html = readFileSync(join(distDir, "panduan/dasar-hukum/index.html"), "utf8");

  it("has an entry, with its status, for every regulation of the registry", () => {
    const missing = [...registry.keys()].filter((id) => !html.includes(`id="${id}"`));
    expect(missing).toEqual([]);
    for (const r of registry.values()) expect(html, r.id).toContain(`data-regulasi-status="${r.status}"`);
  });

  it("marks links to third-party copies as unofficial", () => {
    const copies = [...registry.values()].filter((r) => r.salinan && !r.tautanResmi);
    for (const r of copies) expect(html, r.id).toContain(`href="${r.salinan!.url.replace(/&/g, "&amp;")}"`);
    expect(html.match(/Salinan tidak resmi/g)?.length ?? 0).toBeGreaterThanOrEqual(copies.length);
  });
});
