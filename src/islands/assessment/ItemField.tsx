import type { Answer, BankData } from "../../lib/assessment/types";

interface Props {
  bank: BankData;
  item: BankData["items"][number];
  number: number;
  answer: Answer | undefined;
  evidence: readonly string[];
  onAnswer: (itemId: string, a: Answer) => void;
  onEvidence: (itemId: string, evidenceId: string, on: boolean) => void;
}

const extra: { value: Answer; label: string }[] = [
  { value: "tb", label: "Tidak berlaku" },
  { value: "tt", label: "Tidak tahu" },
];

/** Same markup as ItemFields.astro; the help text sits in a closed disclosure here. */
export function ItemField({ bank, item, number, answer, evidence, onAnswer, onEvidence }: Props) {
  const options = bank.evidence.filter((e) => item.evidence.includes(e.id));
  return (
    <fieldset class="asm-item" data-item={item.id}>
      <legend>
        <span class="asm-num">{number}.</span> {item.statement}
      </legend>
      <details class="asm-help">
        <summary>Seperti apa skor tinggi?</summary>
        <p>{item.help}</p>
      </details>
      <div class="asm-scale">
        {bank.scale.map((s) => (
          <label class="asm-choice" key={s.value}>
            <input
              type="radio"
              name={item.id}
              value={String(s.value)}
              checked={answer === s.value}
              onChange={() => onAnswer(item.id, s.value as Answer)}
            />
            <span>
              <b>{s.value}</b> {s.label}
            </span>
          </label>
        ))}
        {extra.map((s) => (
          <label class="asm-choice asm-choice-extra" key={s.value}>
            <input
              type="radio"
              name={item.id}
              value={s.value}
              checked={answer === s.value}
              onChange={() => onAnswer(item.id, s.value)}
            />
            <span>{s.label}</span>
          </label>
        ))}
      </div>
      {options.length > 0 && (
        <fieldset class="asm-evidence">
          <legend>Bukti yang sudah ada (opsional)</legend>
          {options.map((e) => (
            <label class="asm-check" key={e.id}>
              <input
                type="checkbox"
                name={`bukti-${item.id}`}
                value={e.id}
                checked={evidence.includes(e.id)}
                onChange={(ev) => onEvidence(item.id, e.id, (ev.currentTarget as HTMLInputElement).checked)}
              />
              <span>{e.label}</span>
            </label>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
