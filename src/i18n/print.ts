// The print button's and the running footer's words.
import print from "./id/print";
import { makeT } from "./make-t";

export const t = makeT(print);
