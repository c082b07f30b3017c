// The optional context (who, what partnership, when, and the planning references): on the paper form and as the
// questionnaire's first step.
import { partnerTypes } from "../../../lib/content/schema/case-enums";
import type { AssessmentContext, PlanningRefs } from "../../../lib/assessment/types";
import { partnerTypeLabel } from "../../../i18n/partner-type";
import { t } from "../../../i18n/questionnaire";
import { PlanningFields } from "./PlanningFields";
import { StepTitle } from "./StepTitle";

interface Props {
  /** On the questionnaire page's paper form: the planning references wait in <noscript> (see PaperForm.tsx). */
  planningLater?: boolean;
  /** Absent on the paper form: the fields are then empty and unwired. */
  live?: {
    context: AssessmentContext;
    onChange: (next: AssessmentContext) => void;
    planning: PlanningRefs | undefined;
    onPlanning: (next: PlanningRefs) => void;
  };
}

export function ContextStep({ live, planningLater = false }: Props) {
  const value = (key: keyof AssessmentContext) => (live ? { value: live.context[key] } : {});
  const edit = (key: keyof AssessmentContext) =>
    live &&
    ((ev: Event) =>
      live.onChange({ ...live.context, [key]: (ev.currentTarget as HTMLInputElement | HTMLSelectElement).value }));
  const title = t("questionnaire.context.title");
  return (
    <fieldset class="asm-step asm-context">
      <legend>{live ? <StepTitle>{title}</StepTitle> : <h2 class="asm-step-title">{title}</h2>}</legend>
      <p class="muted asm-step-help">{t("questionnaire.context.help")}</p>
      <div class="asm-fields">
        <label class="asm-field">
          <span>{t("questionnaire.context.agency")}</span>
          <input
            type="text"
            name="instansi"
            autocomplete="organization"
            maxLength={200}
            {...value("instansi")}
            onInput={edit("instansi")}
          />
        </label>
        <label class="asm-field">
          <span>{t("questionnaire.context.partnership")}</span>
          <input type="text" name="kemitraan" maxLength={200} {...value("kemitraan")} onInput={edit("kemitraan")} />
        </label>
        <label class="asm-field">
          <span>{t("questionnaire.context.partnerType")}</span>
          <select name="jenisMitra" {...value("jenisMitra")} onChange={edit("jenisMitra")}>
            <option value="">{t("questionnaire.context.choose")}</option>
            {partnerTypes.map((value) => (
              <option value={value} key={value}>
                {partnerTypeLabel(value)}
              </option>
            ))}
          </select>
        </label>
        <label class="asm-field">
          <span>{t("questionnaire.context.date")}</span>
          <input type="date" name="tanggal" {...value("tanggal")} onChange={edit("tanggal")} />
        </label>
      </div>
      {live ? (
        <PlanningFields live={{ value: live.planning, onChange: live.onPlanning }} />
      ) : planningLater ? (
        <noscript>
          <PlanningFields />
        </noscript>
      ) : (
        <PlanningFields />
      )}
    </fieldset>
  );
}
