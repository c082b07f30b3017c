// The agreed-score form's words (loaded with the form, not with the comparison page).
import agreed from "./id/agreed";
import assessment from "./id/assessment";
import storage from "./id/storage";
import { makeT, makeTm } from "./make-t";

const all = { ...agreed, ...storage, ...assessment };
export const t = makeT(all);
export const tm = makeTm(all);
