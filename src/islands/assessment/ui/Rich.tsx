import { richParts } from "../../../i18n/rich";

/** A dictionary sentence with its links (see src/i18n/rich.ts), for islands; pages use src/components/Rich.astro. */
export function Rich({ text, links }: { text: string; links?: Record<string, string> }) {
  return (
    <>
      {richParts(text, links).map((p, i) =>
        "href" in p ? (
          <a key={i} href={p.href}>
            {p.text}
          </a>
        ) : "strong" in p ? (
          <strong key={i}>{p.text}</strong>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
