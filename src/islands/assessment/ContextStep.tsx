import { partnerTypes } from "../../lib/content/schema/case-enums";
import { partnerTypeLabel } from "../../i18n/content";
import type { AssessmentContext } from "../../lib/assessment/types";
import { StepTitle } from "./StepTitle";

interface Props {
  context: AssessmentContext;
  onChange: (next: AssessmentContext) => void;
}

/** Same markup as ContextFields.astro. */
export function ContextStep({ context, onChange }: Props) {
  const field = (key: keyof AssessmentContext) => (ev: Event) =>
    onChange({ ...context, [key]: (ev.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  return (
    <fieldset class="asm-step asm-context">
      <legend>
        <StepTitle>Konteks penilaian (opsional)</StepTitle>
      </legend>
      <p class="muted asm-step-help">Isian ini hanya muncul di laporan dan hanya tersimpan di perangkat ini.</p>
      <div class="asm-fields">
        <label class="asm-field">
          <span>Nama instansi</span>
          <input
            type="text"
            name="instansi"
            autocomplete="organization"
            maxLength={200}
            value={context.instansi}
            onInput={field("instansi")}
          />
        </label>
        <label class="asm-field">
          <span>Nama kemitraan</span>
          <input type="text" name="kemitraan" maxLength={200} value={context.kemitraan} onInput={field("kemitraan")} />
        </label>
        <label class="asm-field">
          <span>Jenis kemitraan</span>
          <select name="jenisMitra" value={context.jenisMitra} onChange={field("jenisMitra")}>
            <option value="">Pilih (opsional)</option>
            {partnerTypes.map((value) => (
              <option value={value} key={value}>
                {partnerTypeLabel(value)}
              </option>
            ))}
          </select>
        </label>
        <label class="asm-field">
          <span>Tanggal penilaian</span>
          <input type="date" name="tanggal" value={context.tanggal} onChange={field("tanggal")} />
        </label>
      </div>
    </fieldset>
  );
}
