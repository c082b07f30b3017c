// The URL parameters of an explorer view (see ./query-state.ts), kept apart so the island entry can tell whether a
// URL names a view without loading the rest of the explorer.
import { facetKeys } from "./facet-keys";

/** Every parameter a view's URL may carry. */
export const explorerParams: readonly string[] = [...facetKeys, "dari", "sampai", "q", "urut"];

/**
 * Whether a query string names a view other than the default one, i.e. has any explorer parameter with a value:
 * then the explorer takes over at once instead of waiting for the reader (values are validated later, with the data).
 */
export function carriesView(search: string): boolean {
  const params = new URLSearchParams(search);
  return explorerParams.some((p) => params.getAll(p).some((v) => v.trim() !== ""));
}
