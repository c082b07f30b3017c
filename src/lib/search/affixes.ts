/**
 * Indonesian affix stripping after Nazief & Adriani (1996) as extended by the Enhanced Confix Stripping stemmer
 * (Arifin, Mahendra & Ciptaningtyas, 2009): inflectional suffixes (-lah/-kah/-tah/-pun, then -ku/-mu/-nya), then
 * derivational suffixes (-kan/-an/-i), then up to three derivational prefixes with the ECS recoding rules
 * (meny- → s-, mem- → p-/m-, men- → t-/n-, meng- → k-/Ø, menge-, peng-, per-/pe-r-, be-C-er …), and the
 * "suffix restoring loop" when no root is found with the suffix removed.
 *
 * A candidate only counts when `isRoot` accepts it, so the same code serves two roles:
 * - at build time with a full Indonesian dictionary (see build/stemmer.ts);
 * - in the browser with the corpus's own root list shipped inside the search index, so a query word reaches a
 *   root only if some indexed text uses that root.
 * When nothing is accepted the word is returned unchanged (fuzzy matching still gets a chance with it).
 */
export type IsRoot = (word: string) => boolean;

const VOWEL = /^[aiueo]/;
const PARTICLES = ["lah", "kah", "tah", "pun"];
const POSSESSIVES = ["nya", "ku", "mu"];
const MIN_ROOT = 2;

/** Suffix-stripped forms, most stripped first (the order prefixes are tried in). */
function suffixForms(word: string): string[] {
  const outward = [word];
  let w = word;
  for (const set of [PARTICLES, POSSESSIVES]) {
    const s = set.find((x) => w.endsWith(x) && w.length - x.length > 3);
    if (s) {
      w = w.slice(0, -s.length);
      outward.push(w);
    }
  }
  if (w.endsWith("kan") && w.length > 6) {
    // "-kan" first; if that fails the "k" may belong to the root ("pemukan"), so "-an" is tried too.
    outward.push(w.slice(0, -2), w.slice(0, -3));
  } else if (w.endsWith("an") && w.length > 5) outward.push(w.slice(0, -2));
  else if (w.endsWith("i") && w.length > 4) outward.push(w.slice(0, -1));
  return outward.reverse();
}

/** One prefix removed, every reading the ECS rules allow, most likely first. */
function prefixReadings(w: string): string[] {
  const out: string[] = [];
  const rest = (n: number) => w.slice(n);
  const v = (n: number) => VOWEL.test(w.slice(n));
  if (/^(di|ke|se)/.test(w)) out.push(rest(2));
  if (/^(ber|ter)/.test(w)) {
    out.push(rest(3));
    if (v(3)) out.push(rest(2)); // be-rasa, te-rima: the r belongs to the root
  } else if (/^(be|te)[^aiueor]er/.test(w)) out.push(rest(2)); // be-kerja, te-percaya
  if (w.startsWith("belajar")) out.push(rest(3));
  if (w.startsWith("me") || w.startsWith("pe")) {
    const p = w.slice(0, 2);
    if (w.startsWith(p + "ny") && v(4)) out.push("s" + rest(4), rest(2));
    else if (w.startsWith(p + "nge") && !v(5) && w.length > 7) out.push(rest(5), rest(4), "k" + rest(4));
    else if (w.startsWith(p + "ng") && v(4)) out.push(rest(4), "k" + rest(4));
    else if (w.startsWith(p + "ng") && /^[ghqk]/.test(rest(4))) out.push(rest(4));
    else if (w.startsWith(p + "m") && v(3)) out.push("p" + rest(3), rest(2));
    else if (w.startsWith(p + "m") && /^[bfpv]/.test(rest(3))) out.push(rest(3));
    else if (w.startsWith(p + "n") && v(3)) out.push("t" + rest(3), rest(2));
    else if (w.startsWith(p + "n") && /^[cdjsz]/.test(rest(3))) out.push(rest(3));
    else if (p === "pe" && w.startsWith("per")) {
      out.push(rest(3));
      if (v(3)) out.push(rest(2));
    } else if (w.startsWith("pelajar")) out.push(rest(3));
    else out.push(rest(2)); // me-lihat, pe-kerja, pe-tani, pe-wayang
  }
  return [...new Set(out)].filter((c) => c.length >= MIN_ROOT);
}

/** Removes prefixes breadth first, up to three; the first root in rule order wins. */
function stripPrefixes(form: string, isRoot: IsRoot): string | undefined {
  let level = [form];
  for (let depth = 0; depth < 3 && level.length > 0; depth++) {
    level = [...new Set(level.flatMap(prefixReadings))];
    const root = level.find(isRoot);
    if (root) return root;
  }
  return undefined;
}

/** The root of one normalised word, or the word itself when no reading is a known root. */
export function stemWord(word: string, isRoot: IsRoot): string {
  if (word.length <= 3 || isRoot(word) || !/^[a-z]+$/.test(word)) return word;
  const forms = suffixForms(word);
  const bare = forms.slice(0, -1).find(isRoot);
  if (bare) return bare;
  for (const f of forms) {
    const root = stripPrefixes(f, isRoot);
    if (root) return root;
  }
  return word;
}
