// "Hapus semua data" words, in their own module: /tentang/ loads the button without the rest of the history.
import assessment from "./id/assessment";
import clear from "./id/clear";
import { makeT } from "./make-t";

export const t = makeT({ ...clear, ...assessment });
