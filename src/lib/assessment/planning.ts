// Planning references (PlanningRefs) as the report and the exports read them: what counts as filled in.
import type { PlanningRefs } from "./types";

/** Partners with a name (a row the user added but left blank is not a partner). */
export const namedPartners = (p: PlanningRefs): PlanningRefs["mitra"] => p.mitra.filter((m) => m.nama.trim() !== "");

/** True when nothing at all is filled in, not even a blank partner row. */
export function isEmptyPlanning(p: PlanningRefs): boolean {
  const { jenis, nomor, tanggal, berakhir } = p.instrumen;
  return (
    p.mitra.length === 0 &&
    [jenis, nomor, tanggal, berakhir, p.sasaran, p.program, p.kegiatan, p.subKegiatan, p.anggaran].every(
      (s) => s === "",
    )
  );
}
