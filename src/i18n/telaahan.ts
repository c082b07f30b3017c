// The telaahan-staf print layout's words, with the report's (it reuses the report's parts).
import assessment from "./id/assessment";
import report from "./id/report";
import telaahan from "./id/telaahan";
import { makeT, makeTm } from "./make-t";

const all = { ...telaahan, ...report, ...assessment };
export const t = makeT(all);
export const tm = makeTm(all);
