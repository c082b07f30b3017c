// /penilaian/hasil/'s own words before a result shows (the result's tools load with it).
import assessment from "./id/assessment";
import resultPage from "./id/result-page";
import storage from "./id/storage";
import transferLink from "./id/transfer-link";
import { makeT, makeTm } from "./make-t";

const all = { ...resultPage, ...transferLink, ...storage, ...assessment };
export const t = makeT(all);
export const tm = makeTm(all);
