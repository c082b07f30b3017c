// Representative pages of a build, found in the build folder (content changes; ids in tests would rot).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const sections = new Set(["pendahuluan", "manfaat", "tantangan", "langkah", "alat"]);

/** @param {string} root @param {string} folder @returns {string[]} sub-folders that hold a page */
function pagesIn(root, folder) {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "index.html")))
    .map((d) => d.name)
    .sort();
}

/**
 * Paths relative to the base path ("panduan/x/").
 * @param {string} root
 */
export function samplePages(root) {
  const guides = pagesIn(root, "panduan").filter((id) => !sections.has(id));
  const sectionIds = pagesIn(root, "panduan").filter((id) => sections.has(id));
  const cases = pagesIn(root, "studi-kasus");
  const prefer = (list, id) => (list.includes(id) ? id : list[0]);
  // A questionnaire page is one whose bank has a JSON file in penilaian/data/ (history, results and comparison
  // pages live beside them but are not questionnaires).
  const dataDir = join(root, "penilaian", "data");
  const banks = new Set(existsSync(dataDir) ? readdirSync(dataDir).map((f) => f.replace(/@\d+\.json$/, "")) : []);
  const questionnaires = pagesIn(root, "penilaian")
    .filter((id) => banks.has(id))
    .map((id) => `penilaian/${id}/`);
  const guide = prefer(guides, "apa-itu-kemitraan");
  const kasus = prefer(cases, "spam-umbulan");
  if (!guide || !kasus) throw new Error(`${root}: no guide or case page found`);
  return {
    home: "",
    guide: `panduan/${guide}/`,
    guides: guides.map((id) => `panduan/${id}/`),
    sections: sectionIds.map((id) => `panduan/${id}/`),
    case: `studi-kasus/${kasus}/`,
    cases: cases.map((id) => `studi-kasus/${id}/`),
    explorer: "studi-kasus/",
    search: "cari/",
    assessment: "penilaian/",
    questionnaires,
    /** The search index when the search feature is built, otherwise another JSON endpoint. */
    json: [
      "search-index.json",
      "search-index/semua.json",
      "studi-kasus/data.json",
      "penilaian/data/kesiapan@1.json",
    ].find((p) => existsSync(join(root, p))),
  };
}
