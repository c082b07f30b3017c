// The questionnaire's words (the results step loads the report's words with its own chunk).
import assessment from "./id/assessment";
import questionnaire from "./id/questionnaire";
import storage from "./id/storage";
import transfer from "./id/transfer";
import { makeT, makeTm } from "./make-t";

const all = {
  ...questionnaire,
  ...storage,
  ...assessment,
  // The one validation rule the form applies as the user types: the planning dates (validate-notes.ts).
  "transfer.problem.endBeforeStart": transfer["transfer.problem.endBeforeStart"],
};
export const t = makeT(all);
export const tm = makeTm(all);
