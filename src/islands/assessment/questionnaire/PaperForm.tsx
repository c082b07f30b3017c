// The whole bank as one static form, rendered at build time from the live step's own components: a blank paper form
// for a meeting, that works and prints without JavaScript. It stands alone on its own page (`whole`), and on the
// questionnaire's page, where the island takes over from it. There only the context step's four fields, which open the
// island's first step too, are fields in the page: the planning references, the instructions and the statements sit
// in <noscript>, a form like any other without JavaScript and plain text with it (restore-static-form.ts puts them
// back to print the blank form, or when the island cannot take over). Nothing the island would not read back
// (lib/assessment/static-form.ts) can then be typed before it takes over.
import type { BankData } from "../../../lib/assessment/types";
import { t } from "../../../i18n/questionnaire";
import { withBase } from "../../../lib/site/paths";
import * as routes from "../../../lib/site/routes";
import { Rich } from "../ui/Rich";
import { ContextStep } from "./ContextStep";
import { Instructions } from "./Instructions";
import { ItemField } from "./ItemField";
import { ScaleGuide } from "./ScaleGuide";

interface Props {
  bank: BankData;
  /** On its own page: every part is fields, with nothing about the island. */
  whole?: boolean;
}

export function PaperForm({ bank, whole = false }: Props) {
  let n = 0;
  const dimension = (d: BankData["dimensions"][number], i: number) => (
    <fieldset class="asm-step asm-dim" id={`dimensi-${d.id}`}>
      <legend>
        <h2 class="asm-step-title">
          {i + 1}. {d.name}
        </h2>
      </legend>
      <p class="muted asm-step-help">{d.description}</p>
      <ScaleGuide bank={bank} dimension={d.id} />
      {bank.items
        .filter((item) => item.dimension === d.id)
        .map((item) => (
          <ItemField bank={bank} item={item} number={++n} />
        ))}
    </fieldset>
  );
  const rest = (
    <>
      <Instructions bank={bank} />
      {bank.dimensions.map(dimension)}
    </>
  );
  const links = { formulir: withBase(routes.paperForm(bank.id)), metodologi: withBase(routes.methodology) };
  return (
    <form
      class="asm-form asm-static"
      id="asm-static"
      action="#"
      aria-label={t("questionnaire.form.label", { title: bank.title })}
    >
      {whole ? (
        <>
          <ContextStep />
          {rest}
        </>
      ) : (
        <>
          <div class="box asm-nojs">
            <p>
              <strong>{t("questionnaire.nojs.title")}</strong>{" "}
              <Rich text={t("questionnaire.nojs.body")} links={links} />
            </p>
          </div>
          <ContextStep planningLater />
          <p class="asm-static-more">
            <Rich text={t("questionnaire.static.more", { dimensions: bank.dimensions.length })} links={links} />
          </p>
          <noscript>{rest}</noscript>
        </>
      )}
    </form>
  );
}
