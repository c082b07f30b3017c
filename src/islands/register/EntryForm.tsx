// Add or edit one partnership by hand. Every save is validated (lib/register/validate); on a problem the form keeps
// everything typed, lists the problems above it with links to the fields, and marks each field.
import { useEffect, useRef, useState } from "preact/hooks";
import { createEntry, updateEntry } from "../../lib/register/entry";
import { emptyEntryFields, placeProblems, type FormField } from "../../lib/register/form-fields";
import { partnerTypeLabel } from "../../lib/register/messages";
import { addEntry, saveEntry } from "../../lib/register/storage";
import {
  instruments,
  limits,
  partnerTypes,
  registerStatuses,
  type EntryFields,
  type PartnerType,
  type RegisterEntry,
} from "../../lib/register/types";
import { registerText } from "../../i18n/register";
import { t, tm } from "../../i18n/register-tools";
import { focusOnMount } from "../assessment/ui/focus";
import type { AssessmentInfo } from "./load-assessments";
import { LinkedField } from "./LinkedField";

interface Props {
  entry?: RegisterEntry | undefined;
  /** Prefilled fields of a new entry (from an assessment). */
  draft?: EntryFields | undefined;
  entries: readonly RegisterEntry[];
  info: AssessmentInfo | undefined;
  loadInfo: () => Promise<AssessmentInfo>;
  onDone: (message: string, id?: string) => void;
  onCancel: () => void;
}

interface Shown {
  field: FormField | "general";
  partner?: number | undefined;
  text: string;
}

const inputId: Record<FormField, string> = {
  name: "reg-name",
  partners: "reg-partners",
  instrument: "reg-instrument",
  number: "reg-number",
  signedOn: "reg-signed",
  endsOn: "reg-ends",
  personInCharge: "reg-pic",
  status: "reg-status",
  reviewOn: "reg-review",
  note: "reg-note",
  assessmentIds: "reg-link-select",
};
const partnerInput = (n: number) => `reg-partner-name-${n}`;
const targetOf = (p: Shown) =>
  p.field === "general" ? "reg-form-title" : p.partner ? partnerInput(p.partner) : inputId[p.field];

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

export function EntryForm({ entry, draft, entries, info, loadInfo, onDone, onCancel }: Props) {
  const [fields, setFields] = useState<EntryFields>(() => {
    if (!entry) return draft ?? emptyEntryFields();
    const { format: _f, id: _i, createdAt: _c, updatedAt: _u, ...rest } = entry;
    return rest;
  });
  const [problems, setProblems] = useState<Shown[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const dates = useRef<Partial<Record<"signedOn" | "endsOn" | "reviewOn", HTMLInputElement | null>>>({});
  const set = <K extends keyof EntryFields>(key: K, v: EntryFields[K]) => setFields((f) => ({ ...f, [key]: v }));

  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);

  const submit = (ev: Event) => {
    ev.preventDefault();
    // A half-typed date reads as "" in the input's value: say so instead of saving the entry without that date.
    const unfinished: Shown[] = (["signedOn", "endsOn", "reviewOn"] as const)
      .filter((k) => dates.current[k]?.validity.badInput)
      .map((k) => ({ field: k, text: t("register.form.dateUnfinished", { field: t(`register.column.${k}`) }) }));
    const checked = entry ? updateEntry(entry, fields) : createEntry(fields);
    const found: Shown[] = [
      ...unfinished,
      ...(checked.ok ? [] : placeProblems(checked.problems)).map((p) => ({
        field: p.field ?? ("general" as const),
        partner: p.partner,
        text: tm(p.problem),
      })),
    ];
    if (found.length > 0 || !checked.ok) {
      setProblems(found);
      return;
    }
    const saved = entry ? { ...saveEntry(checked.value), entry: checked.value } : addEntry(checked.value);
    if (!saved.ok) {
      setProblems([{ field: "general", text: tm({ key: saved.code }) }]);
      return;
    }
    // After an edit, focus returns to the row's own "Ubah" button; after an addition, to the button that opened the form.
    onDone(
      t(entry ? "register.form.saved" : "register.form.added", { name: checked.value.name }),
      entry ? saved.entry.id : undefined,
    );
  };

  const errorOf = (field: FormField) => problems.filter((p) => p.field === field && !p.partner);
  const described = (field: FormField) => (errorOf(field).length > 0 ? `${inputId[field]}-err` : undefined);
  const fieldError = (field: FormField) =>
    errorOf(field).length > 0 ? (
      <p class="reg-field-error" id={`${inputId[field]}-err`}>
        {errorOf(field)
          .map((p) => p.text)
          .join(" ")}
      </p>
    ) : null;

  const partnerErrors = (n: number) => problems.filter((p) => p.partner === n);
  const setPartner = (i: number, patch: Partial<EntryFields["partners"][number]>) =>
    set(
      "partners",
      fields.partners.map((p, k) => (k === i ? { ...p, ...patch } : p)),
    );

  return (
    <form class="reg-form" onSubmit={submit} noValidate aria-labelledby="reg-form-title">
      <h3 id="reg-form-title" tabIndex={-1} ref={focusOnMount}>
        {entry ? t("register.form.editTitle", { name: entry.name }) : t("register.form.newTitle")}
      </h3>
      {draft && !entry && <p class="box">{t("register.form.fromDraft")}</p>}
      <p class="muted">{t("register.form.required")}</p>
      {problems.length > 0 && (
        <div class="box asm-message" tabIndex={-1} ref={summary} role="alert" aria-labelledby="reg-form-problems">
          <p id="reg-form-problems">{t("register.form.problems", { n: problems.length })}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <a
                  href={`#${targetOf(p)}`}
                  onClick={(e) => {
                    // Focus the field itself: a fragment link only scrolls in some browsers.
                    const target = document.getElementById(targetOf(p));
                    if (!target) return;
                    e.preventDefault();
                    target.focus();
                  }}
                >
                  {p.text}
                </a>
              </li>
            ))}
          </ul>
          <p>{t("register.form.nothingLost")}</p>
        </div>
      )}

      <div class="form-field">
        <label for="reg-name">
          {t("register.column.name")} <span class="reg-required">{t("register.form.requiredMark")}</span>
        </label>
        <input
          id="reg-name"
          value={fields.name}
          maxLength={limits.name}
          aria-required="true"
          aria-invalid={errorOf("name").length > 0 || undefined}
          aria-describedby={described("name")}
          onInput={(e) => set("name", value(e))}
        />
        {fieldError("name")}
      </div>

      <fieldset class="reg-partner-set" id="reg-partners" tabIndex={-1}>
        <legend>{t("register.column.partners")}</legend>
        {fieldError("partners")}
        {fields.partners.length === 0 && <p class="muted">{t("register.form.noPartners")}</p>}
        {fields.partners.map((p, i) => {
          const n = i + 1;
          const errs = partnerErrors(n);
          return (
            <div class="reg-partner" key={i}>
              <div class="form-field">
                <label for={partnerInput(n)}>{t("register.form.partnerName", { n })}</label>
                <input
                  id={partnerInput(n)}
                  value={p.name}
                  maxLength={limits.partnerName}
                  aria-invalid={errs.length > 0 || undefined}
                  aria-describedby={errs.length > 0 ? `${partnerInput(n)}-err` : undefined}
                  onInput={(e) => setPartner(i, { name: value(e) })}
                />
                {errs.length > 0 && (
                  <p class="reg-field-error" id={`${partnerInput(n)}-err`}>
                    {errs.map((x) => x.text).join(" ")}
                  </p>
                )}
              </div>
              <div class="form-field">
                <label for={`reg-partner-type-${n}`}>{t("register.form.partnerType", { n })}</label>
                <select
                  id={`reg-partner-type-${n}`}
                  value={p.type}
                  onChange={(e) => setPartner(i, { type: value(e) as PartnerType })}
                >
                  {partnerTypes.map((type) => (
                    <option key={type} value={type}>
                      {partnerTypeLabel(type, registerText)}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                class="button secondary"
                onClick={() =>
                  set(
                    "partners",
                    fields.partners.filter((_, k) => k !== i),
                  )
                }
              >
                {t("register.form.removePartner", { n })}
              </button>
            </div>
          );
        })}
        {fields.partners.length < limits.partners && (
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              set("partners", [...fields.partners, { name: "", type: "antar-instansi" }]);
              setTimeout(() => document.getElementById(partnerInput(fields.partners.length + 1))?.focus());
            }}
          >
            {t("register.form.addPartner")}
          </button>
        )}
      </fieldset>

      <div class="reg-form-grid">
        <div class="form-field">
          <label for="reg-instrument">
            {t("register.column.instrument")} <span class="reg-required">{t("register.form.requiredMark")}</span>
          </label>
          <select
            id="reg-instrument"
            value={fields.instrument}
            aria-required="true"
            aria-invalid={errorOf("instrument").length > 0 || undefined}
            aria-describedby={described("instrument")}
            onChange={(e) => set("instrument", value(e) as EntryFields["instrument"])}
          >
            <option value="">{t("register.form.chooseInstrument")}</option>
            {instruments.map((i) => (
              <option key={i} value={i}>
                {t(`register.instrument.${i}`)}
              </option>
            ))}
          </select>
          {fieldError("instrument")}
        </div>
        <div class="form-field">
          <label for="reg-number">{t("register.column.number")}</label>
          <input
            id="reg-number"
            value={fields.number}
            maxLength={limits.number}
            aria-invalid={errorOf("number").length > 0 || undefined}
            aria-describedby={described("number")}
            onInput={(e) => set("number", value(e))}
          />
          {fieldError("number")}
        </div>
        {(["signedOn", "endsOn", "reviewOn"] as const).map((k) => (
          <div class="form-field" key={k}>
            <label for={inputId[k]}>{t(`register.column.${k}`)}</label>
            <input
              type="date"
              id={inputId[k]}
              ref={(el) => {
                dates.current[k] = el;
              }}
              value={fields[k]}
              aria-invalid={errorOf(k).length > 0 || undefined}
              aria-describedby={described(k)}
              onInput={(e) => set(k, value(e))}
            />
            {fieldError(k)}
          </div>
        ))}
        <div class="form-field">
          <label for="reg-status">{t("register.column.status")}</label>
          <select
            id="reg-status"
            value={fields.status}
            aria-invalid={errorOf("status").length > 0 || undefined}
            aria-describedby={described("status")}
            onChange={(e) => set("status", value(e) as EntryFields["status"])}
          >
            {registerStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`register.status.${s}`)}
              </option>
            ))}
          </select>
          {fieldError("status")}
        </div>
      </div>
      <div class="form-field">
        <label for="reg-pic">{t("register.column.personInCharge")}</label>
        <input
          id="reg-pic"
          value={fields.personInCharge}
          maxLength={limits.personInCharge}
          aria-invalid={errorOf("personInCharge").length > 0 || undefined}
          aria-describedby={described("personInCharge")}
          onInput={(e) => set("personInCharge", value(e))}
        />
        {fieldError("personInCharge")}
      </div>
      <div class="form-field">
        <label for="reg-note">{t("register.column.note")}</label>
        <textarea
          id="reg-note"
          rows={3}
          value={fields.note}
          maxLength={limits.note}
          aria-invalid={errorOf("note").length > 0 || undefined}
          aria-describedby={described("note")}
          onInput={(e) => set("note", (e.currentTarget as HTMLTextAreaElement).value)}
        />
        {fieldError("note")}
      </div>
      <LinkedField
        ids={fields.assessmentIds}
        onChange={(ids) => set("assessmentIds", ids)}
        info={info}
        loadInfo={loadInfo}
        entries={entries}
        self={entry?.id}
        error={errorOf("assessmentIds")
          .map((p) => p.text)
          .join(" ")}
      />
      <div class="action-row">
        <button type="submit" class="button">
          {entry ? t("register.form.save") : t("register.form.add")}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {t("register.cancel")}
        </button>
      </div>
    </form>
  );
}
