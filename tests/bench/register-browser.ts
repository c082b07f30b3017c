// Bundled into the Chromium page by register.ts: the same timings inside the browser, CPU throttled ×4.
import { syntheticRegister } from "./register-corpus";
import { timeOps } from "./register-ops";

(globalThis as unknown as { benchRegister: unknown }).benchRegister = (n: number, today: string, runs: number) =>
  timeOps(syntheticRegister(n), today, runs);
