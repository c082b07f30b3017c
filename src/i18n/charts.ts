// The radar charts' words.
import charts from "./id/charts";
import { makeT } from "./make-t";

export const t = makeT(charts);

/** The legend's name for series style `i` (its line and point pattern). */
export const patternName = (i: number): string => t(`charts.pattern.${i % 8}` as keyof typeof charts);
