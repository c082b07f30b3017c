// The cells of one register row: dates in Indonesian, flags as icon and text (never colour alone), the latest
// assessment with its trend and links, and the row's actions.
import { Component } from "preact";
import { bankToAssess } from "../../lib/register/assess-now";
import type { LinkedAssessments } from "../../lib/register/linked-assessments";
import { rowFlags } from "../../lib/register/list";
import { partnerTypeLabel } from "../../lib/register/messages";
import { PENDING_LINK_KEY, type PendingLink } from "../../lib/register/pending-link";
import type { RegisterEntry } from "../../lib/register/types";
import { localDate } from "../../lib/site/dates";
import { formatInteger, formatLocalDate } from "../../lib/site/format";
import { withBase } from "../../lib/site/paths";
import * as routes from "../../lib/site/routes";
import { registerText, t } from "../../i18n/register";
import { ClockIcon, WarnIcon } from "./icons";

/** One register row's data and actions (RegisterTable passes them through). */
export interface RowCellsProps {
  entry: RegisterEntry;
  linked: LinkedAssessments | undefined;
  loading: boolean;
  today: string;
  bankTitle: (id: string) => string;
  onEdit: (entry: RegisterEntry) => void;
  onDelete: (entry: RegisterEntry) => void;
}

const day = (date: string) =>
  date === "" ? <span class="muted">–</span> : <span class="reg-date">{formatLocalDate(date)}</span>;
const text = (s: string) => (s === "" ? <span class="muted">–</span> : s);

/** Remembers which entry "Nilai sekarang" was for, so the page can offer to link the result afterwards. */
function rememberPending(entry: RegisterEntry, bank: PendingLink["bank"]) {
  const pending: PendingLink = { entryId: entry.id, bank, since: new Date().toISOString() };
  try {
    sessionStorage.setItem(PENDING_LINK_KEY, JSON.stringify(pending));
  } catch {
    // Without session storage the officer links the result by hand in the form; nothing else depends on it.
  }
}

function Flag({ kind, children }: { kind: "soon" | "late"; children: string }) {
  return (
    <span class={`reg-flag reg-flag-${kind}`}>
      {kind === "late" ? <WarnIcon /> : <ClockIcon />}
      {children}
    </span>
  );
}

function Latest({
  entry,
  linked,
  loading,
  bankTitle,
}: Pick<RowCellsProps, "entry" | "linked" | "loading" | "bankTitle">) {
  if (entry.assessmentIds.length === 0) return <span class="muted">{t("register.latest.none")}</span>;
  if (loading || !linked) return <span class="muted">{t("register.latest.loading")}</span>;
  const { latest, assessments, trend, missing } = linked;
  const dateOf = (instant: string) => formatLocalDate(localDate(new Date(instant)));
  return (
    <>
      {latest ? (
        <>
          <a href={withBase(routes.localResult(latest.id))}>
            {latest.overallBand ? t(`register.band.${latest.overallBand}`) : t("register.band.none")}
          </a>
          <span class="reg-sub">
            {t("register.latest.meta", {
              bank: latest.bankId ? bankTitle(latest.bankId) : "",
              date: dateOf(latest.completedAt),
            })}
          </span>
          <span class="reg-sub">
            <span aria-hidden="true">{t(`register.trendMark.${trend}`)}</span> {t(`register.trend.${trend}`)}
          </span>
        </>
      ) : (
        <span class="muted">{t("register.latest.allMissing")}</span>
      )}
      {assessments.length > 1 && (
        <details class="reg-earlier">
          <summary>{t("register.latest.all", { n: assessments.length })}</summary>
          <ul>
            {assessments.map((a) => (
              <li key={a.id}>
                <a href={withBase(routes.localResult(a.id))}>
                  {t("register.latest.item", {
                    date: dateOf(a.completedAt),
                    band: a.overallBand ? t(`register.band.${a.overallBand}`) : t("register.band.none"),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}
      {missing.length > 0 && <span class="reg-sub muted">{t("register.latest.missing", { n: missing.length })}</span>}
    </>
  );
}

export class RowCells extends Component<RowCellsProps> {
  override shouldComponentUpdate(next: RowCellsProps): boolean {
    const p = this.props;
    return next.entry !== p.entry || next.linked !== p.linked || next.loading !== p.loading;
  }
  override render({ entry: e, linked, loading, today, bankTitle, onEdit, onDelete }: RowCellsProps) {
    const flags = rowFlags(e, today);
    const bank = bankToAssess(e, today);
    const left = flags.daysToEnd ?? 0;
    return (
      <>
        <th scope="row" id={`reg-row-${e.id}`} tabIndex={-1}>
          {e.name}
        </th>
        <td>
          {e.partners.length === 0 ? (
            <span class="muted">–</span>
          ) : (
            <ul class="reg-partners">
              {e.partners.map((p, i) => (
                <li key={i}>
                  {p.name} <span class="reg-sub muted">{partnerTypeLabel(p.type, registerText)}</span>
                </li>
              ))}
            </ul>
          )}
        </td>
        <td>{t(`register.instrument.${e.instrument}`)}</td>
        <td class="reg-number">{text(e.number)}</td>
        <td>{day(e.signedOn)}</td>
        <td>
          {day(e.endsOn)}
          {flags.endsWithin90 && (
            <Flag kind="soon">
              {left === 0 ? t("register.flag.endsToday") : t("register.flag.endsIn", { n: formatInteger(left) })}
            </Flag>
          )}
        </td>
        <td>{text(e.personInCharge)}</td>
        <td class="reg-status">
          {t(`register.status.${e.status}`)}
          {flags.lapsed && <Flag kind="late">{t("register.flag.lapsed", { n: formatInteger(-left) })}</Flag>}
        </td>
        <td>
          <Latest entry={e} linked={linked} loading={loading} bankTitle={bankTitle} />
        </td>
        <td>
          {day(e.reviewOn)}
          {flags.reviewOverdue && <Flag kind="late">{t("register.flag.reviewOverdue")}</Flag>}
        </td>
        <td class="no-print">
          <div class="reg-actions">
            <a
              class="button secondary"
              href={withBase(routes.questionnaire(bank))}
              onClick={() => rememberPending(e, bank)}
            >
              {t("register.row.assess")}{" "}
              <span class="reg-bank">{t("register.row.assessBank", { bank: bankTitle(bank) })}</span>
              <span class="visually-hidden"> {t("register.row.assessFor", { name: e.name })}</span>
            </a>
            <button type="button" class="button secondary" id={`reg-edit-${e.id}`} onClick={() => onEdit(e)}>
              {t("register.row.edit")}
              <span class="visually-hidden"> {e.name}</span>
            </button>
            <button type="button" class="button secondary" id={`reg-del-${e.id}`} onClick={() => onDelete(e)}>
              {t("register.row.delete")}
              <span class="visually-hidden"> {e.name}</span>
            </button>
          </div>
        </td>
      </>
    );
  }
}
