// The questionnaire's words (the results step loads the report's words with its own chunk).
import assessment from "./id/assessment";
import questionnaire from "./id/questionnaire";
import storage from "./id/storage";
import transferDates from "./id/transfer-dates";
import { makeT, makeTm } from "./make-t";

// With the one validation rule the form applies as the user types: the planning dates (validate-notes.ts).
const all = { ...questionnaire, ...storage, ...assessment, ...transferDates };
export const t = makeT(all);
export const tm = makeTm(all);
