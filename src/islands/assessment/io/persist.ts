// What the questionnaire does after each successful autosave: ask once for persistent storage (Safari and storage
// pressure can evict it), and keep every completed assessment in the history list.
import { saveToHistory } from "../../../lib/assessment/history";
import { requestPersistence } from "../../../lib/storage/local";
import type { StoredResult } from "../../../lib/assessment/types";

let askedPersistence = false;

export function afterSave(result: StoredResult): void {
  if (!askedPersistence) {
    askedPersistence = true;
    void requestPersistence();
  }
  if (result.completedAt) saveToHistory(result);
}
