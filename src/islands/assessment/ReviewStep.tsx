import type { BankData } from "../../lib/assessment/types";
import { StepTitle } from "./StepTitle";

interface Props {
  bank: BankData;
  unanswered: BankData["items"];
  onGoto: (dimensionIndex: number) => void;
}

export function ReviewStep({ bank, unanswered, onGoto }: Props) {
  const byDim = bank.dimensions
    .map((d, index) => ({ d, index, items: unanswered.filter((i) => i.dimension === d.id) }))
    .filter((g) => g.items.length > 0);
  return (
    <section class="asm-step">
      <StepTitle>Periksa jawaban</StepTitle>
      {byDim.length === 0 ? (
        <p>Semua {bank.items.length} pernyataan sudah dijawab. Pilih "Lihat hasil" untuk melihat skor dan prioritas.</p>
      ) : (
        <>
          <p>
            {unanswered.length} dari {bank.items.length} pernyataan belum dijawab. Anda tetap dapat melihat hasil;
            dimensi yang kurang dari separuh pernyataannya dijawab akan ditandai "Data belum cukup".
          </p>
          {byDim.map((g) => (
            <div key={g.d.id}>
              <h3>{g.d.name}</h3>
              <ul class="asm-unanswered">
                {g.items.map((i) => (
                  <li key={i.id}>{i.statement}</li>
                ))}
              </ul>
              <button type="button" class="asm-link-button" onClick={() => onGoto(g.index)}>
                Jawab pernyataan {g.d.shortLabel}
              </button>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
