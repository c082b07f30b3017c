import type { GuideSection } from "./schema/guide";

export interface SectionInfo {
  id: GuideSection;
  title: string;
  /** One paragraph shown on the section page and the guide index. */
  intro: string;
}

export const sections: readonly SectionInfo[] = [
  {
    id: "pendahuluan",
    title: "Pendahuluan",
    intro:
      "Apa itu program kemitraan dengan instansi terkait, siapa saja calon mitranya, instrumen yang dipakai untuk mengikatnya, dan cara memakai studi kasus di situs ini.",
  },
  {
    id: "manfaat",
    title: "Manfaat kemitraan",
    intro:
      "Empat manfaat utama kemitraan bagi instansi pemerintah: efisiensi melalui berbagi sumber daya, akses pengetahuan dan inovasi, kredibilitas di mata publik, dan akses pendanaan dari luar. Setiap panduan menjelaskan cara mewujudkan dan mengukurnya.",
  },
  {
    id: "tantangan",
    title: "Tantangan kemitraan",
    intro:
      "Empat masalah yang paling sering membuat kemitraan tersendat: perbedaan visi dan misi, komunikasi dan budaya organisasi, komitmen sumber daya, serta keberlanjutan. Setiap panduan memuat tanda peringatan, pencegahan, dan langkah bila masalah sudah terjadi.",
  },
  {
    id: "langkah",
    title: "Langkah implementasi",
    intro:
      "Lima langkah menjalankan kemitraan dari awal sampai mapan: identifikasi kebutuhan dan calon mitra, perencanaan bersama, komunikasi yang efektif, evaluasi berkala, dan formalisasi melalui MoU dan PKS.",
  },
  {
    id: "alat",
    title: "Alat kerja",
    intro:
      "Templat siap cetak dan siap unduh (CSV) untuk rapat bersama mitra, serta kerangka beranotasi Kesepakatan Bersama/MoU dan Perjanjian Kerja Sama.",
  },
];

/** The section with this id; throws for an unknown id so a typo fails the build. */
export function getSection(id: string): SectionInfo {
  const found = sections.find((s) => s.id === id);
  if (!found) throw new Error(`Bagian panduan tidak dikenal: "${id}"`);
  return found;
}
