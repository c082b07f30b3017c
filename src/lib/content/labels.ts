import type { RegulationStatus, RegulationTopic } from "./schema/regulation";
import type { caseStatuses, partnerTypes, schemes, sectors } from "./schema/case";

export const sectorLabels: Record<(typeof sectors)[number], string> = {
  "air-minum": "Air minum",
  telekomunikasi: "Telekomunikasi",
  transportasi: "Transportasi",
  persampahan: "Persampahan",
  energi: "Energi dan penerangan",
  kesehatan: "Kesehatan",
  "pelayanan-publik": "Pelayanan publik",
  "data-informasi": "Data dan informasi",
  "pendidikan-vokasi": "Pendidikan vokasi",
  "pendidikan-tinggi": "Pendidikan tinggi",
  "riset-inovasi": "Riset dan inovasi",
  sosial: "Sosial",
  lingkungan: "Lingkungan",
  perumahan: "Perumahan",
};

export const partnerTypeLabels: Record<(typeof partnerTypes)[number], string> = {
  "antar-instansi": "Antarinstansi",
  "antar-daerah": "Antardaerah",
  "pemerintah-swasta": "Pemerintah–swasta",
  "pendidikan-industri": "Pendidikan–industri",
  riset: "Riset",
  masyarakat: "Masyarakat",
};

export const schemeLabels: Record<(typeof schemes)[number], string> = {
  kpbu: "KPBU",
  "kerja-sama-daerah": "Kerja sama daerah",
  "mou-pks": "MoU/PKS",
  "program-nasional": "Program nasional",
  "dana-padanan": "Dana padanan",
  "tjsl-csr": "TJSL/CSR",
};

export const statusLabels: Record<(typeof caseStatuses)[number], string> = {
  berjalan: "Berjalan",
  selesai: "Selesai",
  dihentikan: "Dihentikan",
};

export const regulationTopicLabels: Record<RegulationTopic, string> = {
  kpbu: "Kerja sama pemerintah dengan badan usaha (KPBU)",
  "kerja-sama-daerah": "Kerja sama daerah",
  data: "Data dan kependudukan",
  "pelayanan-publik": "Pelayanan publik",
  "vokasi-pendidikan": "Vokasi dan pendidikan",
  "sosial-lingkungan": "Sosial, kesehatan, dan lingkungan",
};

export const regulationStatusLabels: Record<RegulationStatus, string> = {
  berlaku: "Berlaku",
  diubah: "Berlaku dengan perubahan",
  dicabut: "Tidak berlaku lagi",
};
