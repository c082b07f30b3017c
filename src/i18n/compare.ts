// The comparison islands' words (and the import and link messages they show).
import assessment from "./id/assessment";
import compare from "./id/compare";
import storage from "./id/storage";
import transfer from "./id/transfer";
import { makeT, makeTm } from "./make-t";

const all = { ...compare, ...transfer, ...storage, ...assessment };
export const t = makeT(all);
export const tm = makeTm(all);
export { resultTitle } from "./assessment";
