// The operations the register page runs on every filter change or at load, timed the same way in Node and in
// Chromium (register-browser.ts): median and 95th percentile over repeated runs.
import { filterEntries, registerCounts, sortByEndDate, type RegisterFilter } from "../../src/lib/register/list";
import type { RegisterEntry } from "../../src/lib/register/types";

export interface OpTiming {
  op: string;
  p50: number;
  p95: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

const filters: [string, RegisterFilter][] = [
  ["tanpa filter", {}],
  ["status aktif", { statuses: ["aktif"] }],
  ["jenis mitra riset + pemerintah–swasta", { partnerTypes: ["riset", "pemerintah-swasta"] }],
  ["berakhir dalam 90 hari", { endingSoon: true }],
  [
    "gabungan (status + jenis + 90 hari)",
    { statuses: ["aktif", "dalam-perpanjangan"], partnerTypes: ["riset"], endingSoon: true },
  ],
];

export function timeOps(entries: readonly RegisterEntry[], today: string, runs: number): OpTiming[] {
  const time = (op: string, fn: () => unknown): OpTiming => {
    for (let i = 0; i < 5; i++) fn(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }
    return { op, p50: pct(times, 50), p95: pct(times, 95) };
  };
  // The page sorts once at load and filters the sorted list on each change.
  const sorted = sortByEndDate(entries);
  return [
    time("urut menurut tanggal berakhir (saat memuat)", () => sortByEndDate(entries)),
    time("hitungan 30/90 hari + tinjauan terlambat", () => registerCounts(entries, today)),
    ...filters.map(([name, f]) => time(`filter: ${name}`, () => filterEntries(sorted, f, today))),
  ];
}
