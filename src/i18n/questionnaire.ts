// The questionnaire's words (the results step loads the report's words with its own chunk).
import assessment from "./id/assessment";
import questionnaire from "./id/questionnaire";
import storage from "./id/storage";
import { makeT, makeTm } from "./make-t";

const all = { ...questionnaire, ...storage, ...assessment };
export const t = makeT(all);
export const tm = makeTm(all);
