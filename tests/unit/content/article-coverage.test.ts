// Every point of the source article (4 benefits, 4 challenges, 4 steps plus formalisation, 2 kinds of case study)
// maps to the guide that covers it; that guide has an h2 naming the point and at least 600 words.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countWords } from "../../../src/lib/content/text";

const points: { point: string; guide: string; h2: RegExp; h3?: RegExp }[] = [
  { point: "Manfaat: efisiensi operasional lewat berbagi sumber daya", guide: "manfaat-efisiensi-sumber-daya", h2: /efisiensi operasional/i },
  { point: "Manfaat: akses pengetahuan dan inovasi", guide: "manfaat-pengetahuan-inovasi", h2: /pengetahuan dan inovasi/i },
  { point: "Manfaat: kredibilitas dan reputasi", guide: "manfaat-kredibilitas-reputasi", h2: /kredibilitas dan reputasi/i },
  { point: "Manfaat: akses pendanaan dari luar", guide: "manfaat-akses-pendanaan", h2: /pendanaan/i },
  { point: "Tantangan: perbedaan visi dan misi", guide: "tantangan-perbedaan-visi-misi", h2: /visi dan misi/i },
  { point: "Tantangan: komunikasi dan budaya organisasi", guide: "tantangan-komunikasi-budaya", h2: /komunikasi dan budaya/i },
  { point: "Tantangan: komitmen sumber daya", guide: "tantangan-komitmen-sumber-daya", h2: /komitmen sumber daya/i },
  { point: "Tantangan: keberlanjutan", guide: "tantangan-keberlanjutan", h2: /keberlanjutan/i },
  { point: "Langkah 1: identifikasi kebutuhan dan calon mitra", guide: "langkah-identifikasi-kebutuhan-mitra", h2: /identifikasi kebutuhan/i },
  { point: "Langkah 2: perencanaan bersama yang matang", guide: "langkah-perencanaan-bersama", h2: /perencanaan bersama/i },
  { point: "Langkah 3: komunikasi yang efektif", guide: "langkah-komunikasi-efektif", h2: /komunikasi yang efektif/i },
  { point: "Langkah 4: evaluasi berkala", guide: "langkah-evaluasi-berkala", h2: /evaluasi berkala/i },
  { point: "Langkah 5: formalisasi (MoU/PKS)", guide: "langkah-formalisasi-mou-pks", h2: /formalisasi/i },
  { point: "Studi kasus: pemerintah daerah dan swasta (infrastruktur)", guide: "membaca-studi-kasus", h2: /jenis kasus/i, h3: /daerah dan swasta/i },
  { point: "Studi kasus: pendidikan dan lembaga riset", guide: "membaca-studi-kasus", h2: /jenis kasus/i, h3: /pendidikan .*riset/i },
];

describe("source article coverage", () => {
  it.each(points.map((p) => [p.point, p] as const))("%s", (_point, p) => {
    const mdx = readFileSync(`content/guides/${p.guide}.mdx`, "utf8");
    const h2s = [...mdx.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(h2s.some((h) => p.h2.test(h ?? "")), `${p.guide} has no h2 matching ${p.h2}`).toBe(true);
    if (p.h3) {
      const h3s = [...mdx.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
      expect(h3s.some((h) => p.h3!.test(h ?? "")), `${p.guide} has no h3 matching ${p.h3}`).toBe(true);
    }
    expect(countWords(mdx)).toBeGreaterThanOrEqual(600);
  });
});
