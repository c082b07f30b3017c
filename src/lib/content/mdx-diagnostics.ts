// Build errors of the MDX components, worded for content authors like the other content diagnostics: each names
// the page (`where`: its content file, else its route) and the value to fix. They never reach the site.

const fail = (where: string, problem: string) => new Error(`${where}: ${problem}`);

/** <Istilah id> names no glossary entry. */
export const unknownTerm = (where: string, id: string) => fail(where, `istilah glosarium tidak ada: "${id}"`);

/** <Regulasi id> names no entry of content/regulations.yaml. */
export const unknownRegulation = (where: string, id: string) =>
  fail(where, `<Regulasi id="${id}">: regulasi tidak ada di content/regulations.yaml.`);

/** <Regulasi bentuk> is neither form. */
export const unknownCitationForm = (where: string, id: string, form: string) =>
  fail(where, `<Regulasi id="${id}" bentuk="${form}">: bentuk harus "lengkap" atau "singkat".`);

/** <Sumber n> points outside the page's sources list. */
export const sourceOutOfRange = (where: string, n: number, count: number) =>
  fail(where, `<Sumber n={${n}} /> tidak sesuai daftar sources (${count} sumber).`);

/** A Markdown link to a route of this site that does not exist. */
export const unknownInternalLink = (where: string, href: string) =>
  fail(where, `tautan internal tidak dikenal: "${href}"`);

/** A Markdown link that is neither internal, http(s) nor a fragment. */
export const unsupportedLink = (where: string, href: string) => fail(where, `tautan tidak didukung: "${href}"`);

/** <Templat id> or <TemplatContoh id> names no file in content/templates/. */
export const unknownTemplate = (where: string, id: string) => fail(where, `templat tidak ada: "${id}"`);

/** <TemplatContoh id> for a template without worked examples. */
export const templateWithoutExamples = (where: string, id: string) =>
  fail(where, `templat "${id}" tidak punya contoh.`);
