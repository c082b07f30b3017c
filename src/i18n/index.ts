// t() over the whole dictionary, for .astro pages and components (rendered at build time, so size is free).
import { id } from "./id";
import { makeT } from "./make-t";

export const t = makeT(id);
export type { MessageKey } from "./id";
