import { useState } from "preact/hooks";
import { t } from "../../../i18n/print";
import { Alert } from "./Alert";

// In-app browsers (WhatsApp, Instagram, Facebook, LINE, Android WebView) usually ignore window.print().
const inAppBrowser = /FBAN|FBAV|Instagram|Line\/|WhatsApp|; wv\)/i;

/** Prints the report; where printing is not available, says what to do instead. */
export function PrintButton({
  label,
  onBeforePrint,
  secondary = false,
}: {
  label: string;
  onBeforePrint?: () => () => void;
  /** A second, lesser action beside a primary one (e.g. the blank form beside "Lanjut"). */
  secondary?: boolean;
}) {
  const [message, setMessage] = useState<string>();
  const unavailable = typeof window.print !== "function" || inAppBrowser.test(navigator.userAgent);
  const print = () => {
    if (unavailable) {
      setMessage(t("print.unavailable"));
      return;
    }
    const undo = onBeforePrint?.();
    try {
      window.print();
    } finally {
      undo?.();
    }
  };
  return (
    <>
      <button type="button" class={secondary ? "button secondary" : "button"} onClick={print}>
        {label}
      </button>
      {message && <Alert>{message}</Alert>}
    </>
  );
}
