// The comparison output: one radar, the per-dimension statistics with flags, the item gaps, a text summary and the
// discussion agenda (which prints on its own on A4). Labels typed by users are only ever rendered as text.
import type { Comparison } from "../../../lib/assessment/compare";
import { discussionAgenda, ITEM_GAP, SPREAD_FLAG } from "../../../lib/assessment/compare";
import { minScoredDimensions } from "../../../lib/assessment/scoring";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData } from "../../../lib/assessment/types";
import { formatDecimal } from "../../../lib/site/format";
import { t } from "../../../i18n/compare";
import { SeriesRadar } from "../charts/SeriesRadar";
import { DataTable } from "../ui/DataTable";
import { PrintButton } from "../ui/PrintButton";
import { AgendaList } from "./AgendaList";
import { SeriesCell } from "./SeriesCell";

const flagText = (on: boolean) => t(on ? "compare.stats.flagYes" : "compare.stats.flagNo");

export interface CompareReportProps {
  bank: BankData;
  c: Comparison;
  anonymous: boolean;
}

function summaryOf(bank: BankData, c: Comparison, anonymous: boolean): string {
  const flagged = c.dims.filter((d) => d.flagged);
  const flag = formatDecimal(SPREAD_FLAG);
  return [
    anonymous
      ? t("compare.summary.anonymous", { n: c.respondents })
      : c.mode === "instansi"
        ? t("compare.summary.agencies", { agencies: new Set(c.series.map((s) => s.label)).size, n: c.respondents })
        : t("compare.summary.respondents", { n: c.respondents }),
    c.overall === null
      ? t("compare.summary.noOverall", { common: c.common.length, min: minScoredDimensions(bank) })
      : t("compare.summary.overall", { mean: formatMean(c.overall), common: c.common.length }),
    flagged.length > 0
      ? t("compare.summary.flagged", { flag, n: flagged.length, names: flagged.map((d) => d.name).join(", ") })
      : t("compare.summary.noFlag", { flag }),
    t("compare.summary.gaps", { n: c.itemGaps.length, gap: ITEM_GAP }),
  ].join(" ");
}

export function CompareReport({ bank, c, anonymous }: CompareReportProps) {
  const agenda = discussionAgenda(bank, c);
  const radarSeries = anonymous
    ? [
        { label: t("compare.series.mean"), values: c.dims.map((d) => d.mean) },
        { label: t("compare.series.min"), values: c.dims.map((d) => d.min) },
        { label: t("compare.series.max"), values: c.dims.map((d) => d.max) },
      ]
    : c.series.map((s) => ({ label: s.label, values: s.dims }));
  const summary = summaryOf(bank, c, anonymous);
  const description = t("compare.radar.description", { series: radarSeries.length, dims: c.dims.length, summary });
  const seriesHeads = () =>
    anonymous
      ? null
      : c.series.map((s, i) => (
          <th scope="col" key={i}>
            {s.label}
          </th>
        ));

  return (
    <div class="cmp-report">
      <h2 id="cmp-report-title">{t("compare.report.title")}</h2>
      <p id="cmp-summary">{summary}</p>
      <SeriesRadar data={{ labels: c.dims.map((d) => d.shortLabel), series: radarSeries }} description={description} />

      <DataTable
        class="data-table"
        id="cmp-stats"
        caption={t("compare.stats.caption")}
        head={
          <>
            <th scope="col">{t("compare.stats.dimension")}</th>
            {seriesHeads()}
            <th scope="col">{t("compare.series.mean")}</th>
            <th scope="col">{t("compare.series.min")}</th>
            <th scope="col">{t("compare.series.max")}</th>
            <th scope="col">{t("compare.stats.spread")}</th>
            <th scope="col">{t("compare.stats.flag", { flag: formatDecimal(SPREAD_FLAG) })}</th>
          </>
        }
      >
        {c.dims.map((d, k) => (
          <tr key={d.id} class={d.flagged ? "cmp-flagged" : undefined}>
            <th scope="row">{d.name}</th>
            {!anonymous && c.series.map((s, i) => <td key={i}>{formatMean(s.dims[k] ?? null)}</td>)}
            <td>{formatMean(d.mean)}</td>
            <td>{formatMean(d.min)}</td>
            <td>{formatMean(d.max)}</td>
            <td>{formatMean(d.spread)}</td>
            <td>{flagText(d.flagged)}</td>
          </tr>
        ))}
      </DataTable>

      <h3>{t("compare.gaps.title", { gap: ITEM_GAP })}</h3>
      {c.ownItems.length > 0 && <p class="muted">{t("compare.gaps.only")}</p>}
      {!anonymous && c.series.some((s) => s.notes.some((n) => n.length > 0)) && (
        <p class="muted">{t("compare.gaps.notes")}</p>
      )}
      {c.itemGaps.length === 0 ? (
        <p>{t("compare.gaps.none")}</p>
      ) : (
        <DataTable
          class="data-table"
          id="cmp-gaps"
          caption={t("compare.gaps.caption")}
          head={
            <>
              <th scope="col">{t("compare.gaps.statement")}</th>
              {seriesHeads()}
              <th scope="col">{t("compare.series.min")}</th>
              <th scope="col">{t("compare.series.max")}</th>
              <th scope="col">{t("compare.stats.spread")}</th>
            </>
          }
        >
          {c.itemGaps.map((g) => {
            const k = bank.items.findIndex((i) => i.id === g.id);
            return (
              <tr key={g.id}>
                <th scope="row">{g.statement}</th>
                {!anonymous &&
                  c.series.map((s, i) => (
                    <SeriesCell key={i} bank={bank} value={s.items[k] ?? null} notes={s.notes[k] ?? []} />
                  ))}
                <td>{formatMean(g.min)}</td>
                <td>{formatMean(g.max)}</td>
                <td>⚠ {formatMean(g.spread)}</td>
              </tr>
            );
          })}
        </DataTable>
      )}

      {c.ownItems.length > 0 && !anonymous && (
        <>
          <h3>{t("compare.own.title")}</h3>
          <p>{t("compare.own.intro")}</p>
          <DataTable
            class="data-table"
            id="cmp-own"
            caption={t("compare.own.caption")}
            head={
              <>
                <th scope="col">{t("compare.gaps.statement")}</th>
                {seriesHeads()}
              </>
            }
          >
            {c.ownItems.map((o) => {
              const k = bank.items.findIndex((i) => i.id === o.id);
              return (
                <tr key={o.id}>
                  <th scope="row">{o.statement}</th>
                  {c.series.map((s, i) => (
                    <SeriesCell key={i} bank={bank} value={s.items[k] ?? null} notes={s.notes[k] ?? []} />
                  ))}
                </tr>
              );
            })}
          </DataTable>
        </>
      )}

      <section class="cmp-agenda" aria-labelledby="cmp-agenda-title">
        <h2 id="cmp-agenda-title">{t("compare.agenda.title")}</h2>
        <p class="print-only">
          {t("compare.agenda.printIntro", { title: bank.title, version: bank.version, summary })}
        </p>
        <h3>{t("compare.agenda.weakest")}</h3>
        <AgendaList items={agenda.weakest} kind="weak" empty={t("compare.agenda.noWeak")} />
        <h3>{t("compare.agenda.divergent")}</h3>
        <AgendaList items={agenda.divergent} kind="divergent" empty={t("compare.agenda.noDivergent")} />
        <p class="muted">{t("compare.agenda.disclaimer")}</p>
        <div class="action-row no-print">
          <PrintButton label={t("compare.agenda.print")} onBeforePrint={printAgendaOnly} />
        </div>
      </section>
    </div>
  );
}

function printAgendaOnly(): () => void {
  document.documentElement.classList.add("cmp-print-agenda");
  return () => document.documentElement.classList.remove("cmp-print-agenda");
}
