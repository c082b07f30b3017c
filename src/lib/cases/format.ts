// Texts shared by the static case list and the explorer island, so both render the same words.

/** "2016–2021", or "2019–kini" while the partnership runs. */
export function caseYears(start: number, end?: number): string {
  return `${start}–${end ?? "kini"}`;
}

/** The sentence announced to screen readers after every change of the explorer's view. */
export function resultSentence(shown: number, total: number, q: string): string {
  const query = q.trim() ? ` untuk “${q.trim()}”` : "";
  if (shown === 0) return `Tidak ada studi kasus yang cocok${query}.`;
  if (shown === total && !query) return `Menampilkan semua ${total} studi kasus.`;
  return `Menampilkan ${shown} dari ${total} studi kasus${query}.`;
}
