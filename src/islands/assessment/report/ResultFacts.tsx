import type { ResultScore } from "../../../lib/assessment/scoring";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { facetLabel } from "../../../i18n/content";
import { resultDate } from "../history/format";

/** Who, what and when: the context the user gave, the date and the questionnaire version. */
export function ResultFacts({ bank, result, score }: { bank: BankData; result: StoredResult; score: ResultScore }) {
  const ctx = result.context;
  return (
    <dl class="facts">
      {ctx.instansi && (
        <>
          <dt>Instansi</dt>
          <dd>{ctx.instansi}</dd>
        </>
      )}
      {ctx.kemitraan && (
        <>
          <dt>Kemitraan</dt>
          <dd>{ctx.kemitraan}</dd>
        </>
      )}
      {ctx.jenisMitra && (
        <>
          <dt>Jenis kemitraan</dt>
          <dd>{facetLabel("mitra", ctx.jenisMitra)}</dd>
        </>
      )}
      <dt>Tanggal</dt>
      <dd>{resultDate(result)}</dd>
      <dt>Kuesioner</dt>
      <dd>
        {bank.title}, versi {bank.version} ({score.answeredItems} dari {score.totalItems} pernyataan dijawab)
      </dd>
    </dl>
  );
}
