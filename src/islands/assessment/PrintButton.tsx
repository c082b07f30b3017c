import { useState } from "preact/hooks";

// In-app browsers (WhatsApp, Instagram, Facebook, LINE, Android WebView) usually ignore window.print().
const inAppBrowser = /FBAN|FBAV|Instagram|Line\/|WhatsApp|; wv\)/i;

/** Prints the report; where printing is not available, says what to do instead. */
export function PrintButton({ label, onBeforePrint }: { label: string; onBeforePrint?: () => () => void }) {
  const [message, setMessage] = useState<string>();
  const unavailable = typeof window.print !== "function" || inAppBrowser.test(navigator.userAgent);
  const print = () => {
    if (unavailable) {
      setMessage(
        "Peramban ini tidak dapat mencetak. Buka halaman ini di Chrome, Firefox, Safari, atau Edge (jawaban tersimpan di perangkat ini), lalu pilih Cetak atau Simpan sebagai PDF.",
      );
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
      <button type="button" class="button" onClick={print}>
        {label}
      </button>
      {message && (
        <p class="box asm-message" role="alert">
          {message}
        </p>
      )}
    </>
  );
}
