// Messages about reading results back (files, links, storage, validation), for the islands that read them.
import assessment from "./id/assessment";
import storage from "./id/storage";
import transfer from "./id/transfer";
import transferLink from "./id/transfer-link";
import { makeT, makeTm } from "./make-t";

const all = { ...transfer, ...transferLink, ...storage, ...assessment };
export const t = makeT(all);
export const tm = makeTm(all);
