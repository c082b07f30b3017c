// "Nilai sekarang": which questionnaire a row's button opens.
import type { RegisterEntry } from "./types";

export type AssessBank = "kesiapan" | "kesehatan";

/**
 * Kesiapan (readiness, for a partnership being prepared) while the agreement is not yet in force: no signing date
 * recorded, or a signing date after today. Kesehatan (health, for a running partnership) from the signing date on,
 * whatever the status: a partnership being extended is still running, and an ended or stopped one is reviewed
 * with the same questions (its sustainability and exit items apply).
 */
export function bankToAssess(entry: Pick<RegisterEntry, "signedOn">, today: string): AssessBank {
  return entry.signedOn === "" || entry.signedOn > today ? "kesiapan" : "kesehatan";
}
