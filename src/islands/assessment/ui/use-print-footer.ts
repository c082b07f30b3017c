// The printed report's running footer: the stylesheet's @page margin boxes (ui.css) read these custom properties,
// set on <html> only while a report is on the page, so other printouts keep the browser's own header and footer.
import { useEffect } from "preact/hooks";
import { cssContent, cssString } from "../../../lib/util/css-string";
import { t } from "../../../i18n/print";

export function usePrintFooter(text: string): void {
  useEffect(() => {
    const style = document.documentElement.style;
    style.setProperty("--print-footer", cssString(text));
    style.setProperty("--print-pages", cssContent(t("print.pageOf"), { page: "page", pages: "pages" }));
    return () => {
      style.removeProperty("--print-footer");
      style.removeProperty("--print-pages");
    };
  }, [text]);
}
