// Saves text as a file on the user's device (a Blob URL, nothing is uploaded).
export function downloadText(fileName: string, text: string, type: string): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}

/** Reads a chosen or dropped file as text, refusing large ones before reading them. */
export async function readFileText(
  file: File,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; tooLarge: boolean }> {
  if (file.size > maxBytes) return { ok: false, tooLarge: true };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, tooLarge: false };
  }
}
