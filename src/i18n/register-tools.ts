// The register's words for the parts loaded on demand (they also need the words of the page, already loaded).
import register from "./id/register";
import registerTools from "./id/register-tools";
import { makeT, makeTm } from "./make-t";

const all = { ...register, ...registerTools };
export const t = makeT(all);
export const tm = makeTm(all);
