// The comparison islands' words (and the import and link messages they show).
import assessment from "./id/assessment";
import compare from "./id/compare";
import storage from "./id/storage";
import transfer from "./id/transfer";
import transferLink from "./id/transfer-link";
import { makeT, makeTm } from "./make-t";

const all = { ...compare, ...transfer, ...transferLink, ...storage, ...assessment };
export const t = makeT(all);
export const tm = makeTm(all);
export { resultOption, resultTitle } from "./assessment";
