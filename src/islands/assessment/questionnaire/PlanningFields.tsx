// The planning references in the context step: one folded, optional group, with what each term means. On the paper
// form it is open with blank lines. Live, every change is saved at once, except an end date before the signing date:
// that pair stays on screen with the validator's message, and the saved pair stays the last valid one.
import { useRef, useState } from "preact/hooks";
import { partnerTypes } from "../../../lib/content/schema/case-enums";
import { isEmptyPlanning } from "../../../lib/assessment/planning";
import { instrumentKinds, type PlanningRefs } from "../../../lib/assessment/types";
import {
  emptyPlanning,
  MAX_PARTNERS,
  MAX_PLANNING_TEXT,
  planningDateProblem,
} from "../../../lib/assessment/validate-notes";
import { partnerTypeLabel } from "../../../i18n/partner-type";
import { t, tm } from "../../../i18n/questionnaire";
import { Alert } from "../ui/Alert";
import { focusOnMount } from "../ui/focus";

interface Props {
  /** Absent on the paper form. */
  live?: { value: PlanningRefs | undefined; onChange: (next: PlanningRefs) => void } | undefined;
}

type TextKey = "sasaran" | "program" | "kegiatan" | "subKegiatan" | "anggaran";
type Instrument = PlanningRefs["instrumen"];

/** Blank partner lines on the paper form. */
const PAPER_PARTNERS = 2;

const typed = (ev: Event) => (ev.currentTarget as HTMLInputElement | HTMLSelectElement).value;

export function PlanningFields({ live }: Props) {
  const saved = live?.value ?? emptyPlanning();
  const [draft, setDraft] = useState(saved);
  const [open, setOpen] = useState(!live || !isEmptyPlanning(saved));
  const [newRow, setNewRow] = useState<number>();
  // The paper form and the live step are in the page together: their ids must differ.
  const id = (name: string) => `${live ? "" : "kertas-"}rujukan-${name}`;
  const dateProblem = planningDateProblem(draft.instrumen);

  // Edits apply to the latest values, not to this render's: leaving one field and changing the next can arrive in
  // one task, before a re-render. `stored` is the instrument's dates as last handed to the result (a valid pair).
  const latest = useRef(saved);
  const stored = useRef(saved.instrumen);
  const change = (edit: (d: PlanningRefs) => PlanningRefs) => {
    const next = edit(latest.current);
    latest.current = next;
    setDraft(next);
    if (!live) return;
    const { tanggal, berakhir } = planningDateProblem(next.instrumen) ? stored.current : next.instrumen;
    stored.current = { ...next.instrumen, tanggal, berakhir };
    live.onChange({ ...next, instrumen: stored.current });
  };
  const setInstrument = (patch: Partial<Instrument>) =>
    change((d) => ({ ...d, instrumen: { ...d.instrumen, ...patch } }));
  const setPartner = (i: number, patch: Partial<PlanningRefs["mitra"][number]>) =>
    change((d) => ({ ...d, mitra: d.mitra.map((m, k) => (k === i ? { ...m, ...patch } : m)) }));
  /** Live handlers of a text input: saved as typed, trimmed when the field is left. */
  const textHandlers = (save: (text: string) => void) =>
    live && {
      onInput: (ev: Event) => save(typed(ev)),
      onChange: (ev: Event) => save(typed(ev).trim()),
    };

  const text = (key: TextKey, label: string) => (
    <label class="asm-field">
      <span>{label}</span>
      <input
        type="text"
        name={id(key)}
        maxLength={MAX_PLANNING_TEXT}
        value={live ? draft[key] : undefined}
        {...textHandlers((s) => change((d) => ({ ...d, [key]: s })))}
      />
    </label>
  );
  const date = (key: "tanggal" | "berakhir", label: string, invalid = false) => (
    <label class="asm-field">
      <span>{label}</span>
      <input
        type="date"
        name={id(key)}
        value={live ? draft.instrumen[key] : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? id("masalah-tanggal") : undefined}
        onChange={live && ((ev) => setInstrument({ [key]: typed(ev) }))}
      />
    </label>
  );

  const partners = live ? draft.mitra : Array.from({ length: PAPER_PARTNERS }, () => ({ nama: "", jenis: "" }));
  const terms = [
    ["assessment.planning.partners", "questionnaire.planning.partnersMeaning"],
    ["assessment.planning.instrument", "questionnaire.planning.instrumentMeaning"],
    ["assessment.planning.target", "questionnaire.planning.targetMeaning"],
    ["questionnaire.planning.programTerm", "questionnaire.planning.programMeaning"],
    ["assessment.planning.budgetLine", "questionnaire.planning.budgetMeaning"],
  ] as const;

  return (
    <details
      class="asm-planning"
      open={open}
      onToggle={live && ((ev) => setOpen((ev.currentTarget as HTMLDetailsElement).open))}
    >
      <summary>{t("questionnaire.planning.title", { title: t("assessment.planning.title") })}</summary>
      {/* Drawn when opened: most readers skip this group, and the step's first render is the island's longest task. */}
      {open && (
        <>
          <p class="muted">{t("questionnaire.planning.help")}</p>
          <dl class="asm-planning-help">
            {terms.map(([term, meaning]) => (
              <div key={term}>
                <dt>{t(term)}</dt>
                <dd>{t(meaning)}</dd>
              </div>
            ))}
          </dl>

          <fieldset class="asm-planning-group">
            <legend>{t("assessment.planning.partners")}</legend>
            {partners.map((m, i) => (
              <div class="asm-fields asm-partner" key={i}>
                <label class="asm-field">
                  <span>{t("questionnaire.planning.partnerName", { n: i + 1 })}</span>
                  <input
                    type="text"
                    name={id(`mitra-${i + 1}`)}
                    maxLength={MAX_PLANNING_TEXT}
                    value={live ? m.nama : undefined}
                    {...(i === newRow ? { ref: focusOnMount } : {})}
                    {...textHandlers((nama) => setPartner(i, { nama }))}
                  />
                </label>
                <label class="asm-field">
                  <span>{t("questionnaire.planning.partnerType", { n: i + 1 })}</span>
                  <select
                    name={id(`mitra-${i + 1}-jenis`)}
                    value={live ? m.jenis : undefined}
                    onChange={live && ((ev) => setPartner(i, { jenis: typed(ev) }))}
                  >
                    <option value="">{t("questionnaire.context.choose")}</option>
                    {partnerTypes.map((p) => (
                      <option value={p} key={p}>
                        {partnerTypeLabel(p)}
                      </option>
                    ))}
                  </select>
                </label>
                {live && (
                  <p class="asm-partner-remove">
                    <button
                      type="button"
                      class="button secondary"
                      onClick={() => {
                        setNewRow(undefined);
                        change((d) => ({ ...d, mitra: d.mitra.filter((_, k) => k !== i) }));
                        document.getElementById(id("tambah-mitra"))?.focus();
                      }}
                    >
                      {t("questionnaire.planning.removePartner", { n: i + 1 })}
                    </button>
                  </p>
                )}
              </div>
            ))}
            {live && (
              <p>
                <button
                  type="button"
                  id={id("tambah-mitra")}
                  class="button secondary"
                  disabled={draft.mitra.length >= MAX_PARTNERS}
                  onClick={() => {
                    setNewRow(latest.current.mitra.length);
                    change((d) => ({ ...d, mitra: [...d.mitra, { nama: "", jenis: "" }] }));
                  }}
                >
                  {t("questionnaire.planning.addPartner")}
                </button>
                {draft.mitra.length >= MAX_PARTNERS && (
                  <span class="muted"> {t("questionnaire.planning.maxPartners", { max: MAX_PARTNERS })}</span>
                )}
              </p>
            )}
          </fieldset>

          <fieldset class="asm-planning-group">
            <legend>{t("assessment.planning.instrument")}</legend>
            <div class="asm-fields">
              <label class="asm-field">
                <span>{t("assessment.planning.instrumentKind")}</span>
                <select
                  name={id("jenis-kesepakatan")}
                  value={live ? draft.instrumen.jenis : undefined}
                  onChange={live && ((ev) => setInstrument({ jenis: typed(ev) as Instrument["jenis"] }))}
                >
                  <option value="">{t("questionnaire.context.choose")}</option>
                  {instrumentKinds.map((k) => (
                    <option value={k} key={k}>
                      {t(`assessment.planning.kind.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label class="asm-field">
                <span>{t("assessment.planning.instrumentNumber")}</span>
                <input
                  type="text"
                  name={id("nomor")}
                  maxLength={MAX_PLANNING_TEXT}
                  value={live ? draft.instrumen.nomor : undefined}
                  {...textHandlers((nomor) => setInstrument({ nomor }))}
                />
              </label>
              {date("tanggal", t("assessment.planning.signed"))}
              {date("berakhir", t("assessment.planning.ends"), dateProblem !== undefined)}
            </div>
            {dateProblem && (
              <Alert id={id("masalah-tanggal")}>
                {tm({ key: dateProblem })} {t("questionnaire.planning.datesNotSaved")}
              </Alert>
            )}
          </fieldset>

          <div class="asm-fields">
            {text("sasaran", t("questionnaire.planning.target"))}
            {text("program", t("assessment.planning.program"))}
            {text("kegiatan", t("assessment.planning.activity"))}
            {text("subKegiatan", t("assessment.planning.subActivity"))}
            {text("anggaran", t("questionnaire.planning.budgetLine"))}
          </div>
        </>
      )}
    </details>
  );
}
