// What the questionnaire does after each successful autosave: ask once for persistent storage (Safari and storage
// pressure can evict it), and keep every completed assessment in the history list. The history code loads only
// once a result is completed, so the questionnaire does not carry it at start.
import { requestPersistence } from "../../../lib/storage/local";
import type { StoredResult } from "../../../lib/assessment/types";

let askedPersistence = false;
const history = () => import("../../../lib/assessment/history");

export function afterSave(result: StoredResult): void {
  if (!askedPersistence) {
    askedPersistence = true;
    void requestPersistence();
  }
  // Saves arrive in order: each waits on the same module promise, and then() callbacks run in the order added.
  if (result.completedAt) void history().then((m) => m.saveToHistory(result));
}
