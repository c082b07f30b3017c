// The tiny list of current bank versions that history, results and comparison pages pass to their islands.
import type { BankData } from "./types";

export interface BankRef {
  id: string;
  version: number;
  title: string;
}

export const bankRef = (b: Pick<BankData, "id" | "version" | "title">): BankRef => ({
  id: b.id,
  version: b.version,
  title: b.title,
});
