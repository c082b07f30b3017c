// Synthetic registers for the benchmark: varied statuses, partner types and dates around "today".
import { addDays } from "../../src/lib/register/local-days";
import {
  instruments,
  partnerTypes,
  REGISTER_FORMAT,
  registerStatuses,
  type RegisterEntry,
} from "../../src/lib/register/types";

export const BENCH_TODAY = "2026-11-28";

/** A deterministic pseudo-random register of `n` entries (same input, same register). */
export function syntheticRegister(n: number): RegisterEntry[] {
  let seed = 42;
  const rand = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % k;
  };
  return Array.from({ length: n }, (_, i) => {
    const signedOn = addDays(BENCH_TODAY, -rand(2000))!;
    return {
      format: REGISTER_FORMAT,
      id: `k-${i.toString(16).padStart(8, "0")}`,
      name: `Kerja sama ${["layanan data", "air minum", "beasiswa vokasi", "pengelolaan sampah"][rand(4)]} ${i}`,
      partners: Array.from({ length: 1 + rand(3) }, (_, j) => ({
        name: `Mitra ${i}-${j}`,
        type: partnerTypes[rand(partnerTypes.length)]!,
      })),
      instrument: instruments[rand(3)]!,
      number: rand(4) === 0 ? "" : `${i}/PKS/${2020 + rand(7)}`,
      signedOn,
      endsOn: rand(10) === 0 ? "" : addDays(signedOn, 365 + rand(2000))!,
      personInCharge: "Bagian Kerja Sama",
      status: registerStatuses[rand(4)]!,
      reviewOn: rand(3) === 0 ? "" : addDays(BENCH_TODAY, rand(400) - 200)!,
      note: "",
      assessmentIds: [],
      createdAt: "2026-11-28T03:00:00.000Z",
      updatedAt: "2026-11-28T03:00:00.000Z",
    };
  });
}
