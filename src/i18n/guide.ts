// Texts of the guides area (src/i18n/id/guide.ts) and the words of the guide sections, whose ids come from the
// guide schema (guideSections) in reading order.
import type { GuideSection } from "../lib/content/schema/guide";
import dict from "./id/guide";
import { makeT } from "./make-t";

export const t = makeT(dict);

export const sectionTitle = (id: GuideSection): string => t(`guide.section.${id}.title`);
/** The paragraph that opens the section page and introduces the section on /panduan/. */
export const sectionIntro = (id: GuideSection): string => t(`guide.section.${id}.intro`);
