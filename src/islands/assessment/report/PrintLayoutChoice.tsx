import { useEffect, useState } from "preact/hooks";
import { t } from "../../../i18n/telaahan";

export type PrintLayout = "laporan" | "telaahan";

/** Which of the two printed forms the print button (and the browser's own print command) gives. */
export function PrintLayoutChoice() {
  const [layout, setLayout] = useState<PrintLayout>("laporan");
  // A class on <html>, so Ctrl+P prints the chosen form too; telaahan.css reads it.
  useEffect(() => {
    document.documentElement.classList.toggle("print-telaahan", layout === "telaahan");
    return () => document.documentElement.classList.remove("print-telaahan");
  }, [layout]);
  const option = (value: PrintLayout, label: string, hint: string) => (
    <div class="choice">
      <input
        type="radio"
        id={`print-layout-${value}`}
        name="print-layout"
        value={value}
        checked={layout === value}
        aria-describedby={`print-layout-${value}-hint`}
        onChange={() => setLayout(value)}
      />
      <label for={`print-layout-${value}`}>{label}</label>
      <p class="muted choice-hint" id={`print-layout-${value}-hint`}>
        {hint}
      </p>
    </div>
  );
  return (
    <fieldset class="print-layout">
      <legend>{t("telaahan.choice.legend")}</legend>
      {option("laporan", t("telaahan.choice.report"), t("telaahan.choice.reportHint"))}
      {option("telaahan", t("telaahan.choice.memo"), t("telaahan.choice.memoHint"))}
    </fieldset>
  );
}
