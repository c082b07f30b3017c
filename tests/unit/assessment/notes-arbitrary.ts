// fast-check generators of results carrying notes and planning references, and what should come out of any export:
// notes trimmed, kept only beside ticked evidence and only for "Tidak berlaku" answers, planning texts trimmed.
// `expected` is written out here rather than taken from the validator, so the round trips test the validator too.
import fc from "fast-check";
import { partnerTypes } from "../../../src/lib/content/schema/case-enums";
import { instrumentKinds, MAX_NOTE, type PlanningRefs, type StoredResult } from "../../../src/lib/assessment/types";
import { bank } from "./bank-fixture";
import { storedResult } from "./result-arbitrary";

/** At most `max` UTF-16 units, cut between code points (as the form's clip does). */
export function cut(s: string, max: number): string {
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** Text a person could type or paste, markup, quotes, separators, line breaks and formula starts included. */
const typedText = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: "binary", maxLength: max + 20 }),
      fc.string({ unit: "grapheme", minLength: max - 10, maxLength: max + 20 }),
      fc.constantFrom(
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        'PKS "No. 119/PKS/2025"; 12 Maret 2025',
        "baris satu\nbaris dua\r\nbaris tiga",
        '=HYPERLINK("http://x")',
        "https://drive.example/berkas?id=1&b=2;c=3",
        "x".repeat(max),
        `   ${"y".repeat(max - 3)}`,
      ),
    )
    .map((s) => cut(s, max));

/** A note as stored: up to MAX_NOTE units, perhaps with spaces around it (the validator trims them). */
const rawNote = fc
  .tuple(typedText(MAX_NOTE), fc.constantFrom("", " ", "\t", "\n "))
  .map(([s, pad]) => `${pad}${s}${pad}`);

const rawText = typedText(200);

const localDay = fc
  .date({ min: new Date(2015, 0, 1), max: new Date(2040, 11, 31), noInvalidDate: true })
  .map(
    (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`,
  );

/** An instrument's two dates: either may be empty; when both are given the end is never before the signing. */
export const planningDates = fc
  .tuple(fc.option(localDay, { nil: "" }), fc.option(localDay, { nil: "" }))
  .map(([a, b]) => (a !== "" && b !== "" && b < a ? [b, a] : [a, b]) as [string, string]);

export const planningRefs: fc.Arbitrary<PlanningRefs> = fc
  .record({
    mitra: fc.array(fc.record({ nama: rawText, jenis: fc.constantFrom("", ...partnerTypes) }), { maxLength: 4 }),
    jenis: fc.constantFrom("" as const, ...instrumentKinds),
    nomor: rawText,
    dates: planningDates,
    sasaran: rawText,
    program: rawText,
    kegiatan: rawText,
    subKegiatan: rawText,
    anggaran: rawText,
  })
  .map(({ mitra, jenis, nomor, dates: [tanggal, berakhir], ...texts }) => ({
    mitra,
    instrumen: { jenis, nomor, tanggal, berakhir },
    ...texts,
  }));

/** A result with notes on some ticked evidence and some hidden ones (beside evidence unticked since). */
export const resultWithNotes: fc.Arbitrary<StoredResult> = fc
  .tuple(
    storedResult,
    fc.array(fc.option(rawNote, { nil: undefined }), { minLength: bank.items.length, maxLength: bank.items.length }),
    fc.array(fc.tuple(fc.option(rawNote, { nil: undefined }), fc.option(rawNote, { nil: undefined })), {
      minLength: bank.items.length,
      maxLength: bank.items.length,
    }),
    fc.option(planningRefs, { nil: undefined }),
  )
  .map(([r, reasons, notes, rujukan]) => {
    const alasan: Record<string, string> = {};
    const catatanBukti: Record<string, Record<string, string>> = {};
    bank.items.forEach((item, i) => {
      const reason = reasons[i];
      if (reason !== undefined) alasan[item.id] = reason;
      item.evidence.forEach((e, k) => {
        const note = notes[i]?.[k];
        if (note !== undefined) (catatanBukti[item.id] ??= {})[e] = note;
      });
    });
    return {
      ...r,
      ...(Object.keys(alasan).length > 0 ? { alasan } : {}),
      ...(Object.keys(catatanBukti).length > 0 ? { catatanBukti } : {}),
      ...(rujukan ? { rujukan } : {}),
    };
  });

/** The planning references as any import reads them back: every text trimmed. */
export const expectedPlanning = (p: PlanningRefs): PlanningRefs => ({
  mitra: p.mitra.map((m) => ({ nama: m.nama.trim(), jenis: m.jenis })),
  instrumen: { ...p.instrumen, nomor: p.instrumen.nomor.trim() },
  sasaran: p.sasaran.trim(),
  program: p.program.trim(),
  kegiatan: p.kegiatan.trim(),
  subKegiatan: p.subKegiatan.trim(),
  anggaran: p.anggaran.trim(),
});

/** What any export of `r` should carry: the notes that apply, trimmed, and the planning references trimmed. */
export function expected(r: StoredResult): StoredResult {
  const alasan = Object.fromEntries(
    Object.entries(r.alasan ?? {})
      .filter(([id, text]) => r.answers[id] === "tb" && text.trim() !== "")
      .map(([id, text]) => [id, text.trim()]),
  );
  const catatanBukti: Record<string, Record<string, string>> = {};
  for (const [id, notes] of Object.entries(r.catatanBukti ?? {}))
    for (const [e, text] of Object.entries(notes))
      if (r.evidence[id]?.includes(e) && text.trim() !== "") (catatanBukti[id] ??= {})[e] = text.trim();
  const { alasan: _a, catatanBukti: _c, rujukan, ...rest } = r;
  return {
    ...rest,
    ...(Object.keys(alasan).length > 0 ? { alasan } : {}),
    ...(Object.keys(catatanBukti).length > 0 ? { catatanBukti } : {}),
    ...(rujukan ? { rujukan: expectedPlanning(rujukan) } : {}),
  };
}
