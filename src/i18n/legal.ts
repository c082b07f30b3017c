// Legal citations in words: the status note after a cited regulation (as segments for markup, or as plain text
// for summaries, cards, the search index and CSV), and the labels of /panduan/dasar-hukum/.
import type { RegulationStatus, RegulationTopic, Regulation } from "../lib/content/schema/regulation";
import {
  citation,
  noteTokens,
  statusNote,
  titleUnconfirmed,
  type CitationForm,
  type NoteToken,
  type Registry,
  type StatusNote,
} from "../lib/content/regulations";
import type { CitationWords } from "../lib/content/citation-text";
import { formatContentDate } from "../lib/site/format";
import dict from "./id/legal";
import { makeT } from "./make-t";

export const t = makeT(dict);

export const topicLabel = (topic: RegulationTopic): string => t(`legal.topic.${topic}`);
export const regulationStatusLabel = (status: RegulationStatus): string => t(`legal.status.${status}`);

export interface NoteSegment {
  text: string;
  /** Set when the segment names a regulation (pages link it to its entry on /panduan/dasar-hukum/). */
  regulation?: Regulation;
}

function words(token: Exclude<NoteToken, { code: "regulation" }>): string {
  switch (token.code) {
    case "amendedBy":
      return ` ${t("legal.note.amendedBy")} `;
    case "revokedSince":
      return t("legal.note.revokedSince", { date: formatContentDate(token.date) });
    case "revoked":
      return t("legal.note.revoked");
    case "revokedBy":
      return `; ${t("legal.note.revokedBy")} `;
    case "thenRevokedBy":
      return `, ${t("legal.note.thenRevokedBy")} `;
    case "and":
      return ` ${t("legal.note.and")} `;
    case "comma":
      return ", ";
  }
}

/** "telah diubah dengan " + Permendagri 17/2023, or "tidak berlaku lagi sejak …; dicabut dengan " + … */
export function noteSegments(note: StatusNote): NoteSegment[] {
  const segments = noteTokens(note).map((token): NoteSegment =>
    token.code === "regulation"
      ? { text: citation(token.regulation, "singkat"), regulation: token.regulation }
      : { text: words(token) },
  );
  const first = segments[0];
  if (first && !first.regulation) segments[0] = { text: first.text.trimStart() };
  return segments;
}

export const noteText = (note: StatusNote): string =>
  noteSegments(note)
    .map((s) => s.text)
    .join("");

/** The citation as plain text with its status note in brackets. */
export function plainCitation(r: Regulation, form: CitationForm, registry: Registry): string {
  const note = statusNote(r, registry);
  const extras = [
    ...(titleUnconfirmed(r, form) ? [t("legal.titleUnconfirmed")] : []),
    ...(note ? [noteText(note)] : []),
  ];
  return extras.length > 0 ? `${citation(r, form)} (${extras.join("; ")})` : citation(r, form);
}

/** What the content resolvers (src/lib/content/citation-text.ts) need to write citations as text. */
export function citationWords(registry: Registry): CitationWords {
  return {
    plain: (r, form) => plainCitation(r, form, registry),
    note: (r) => {
      const note = statusNote(r, registry);
      if (!note) return undefined;
      const text = noteText(note);
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    },
    unofficialCopy: t("legal.unofficialCopy"),
  };
}
