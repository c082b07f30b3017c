// The history islands' words (and the import messages they show).
import { formatDecimal } from "../lib/site/format";
import assessment from "./id/assessment";
import history from "./id/history";
import storage from "./id/storage";
import transfer from "./id/transfer";
import transferLink from "./id/transfer-link";
import { makeT, makeTm } from "./make-t";

const all = { ...history, ...transfer, ...transferLink, ...storage, ...assessment };
export const t = makeT(all);
export const tm = makeTm(all);
export { resultOption, resultTitle } from "./assessment";

/** +0,50 / −0,25 / 0,00, with the direction in words for readers of the table. */
export function formatChange(change: number | null): string {
  if (change === null) return "–";
  if (Math.abs(change) < 0.005) return t("history.change.same");
  return change > 0
    ? t("history.change.up", { value: formatDecimal(change) })
    : t("history.change.down", { value: formatDecimal(-change) });
}
