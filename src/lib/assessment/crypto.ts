// Optional passphrase for share links: AES-GCM (which also detects any change to the link) with a key from PBKDF2.
// Works with globalThis.crypto.subtle, present in browsers on https/localhost and in Node.

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; tests pass a small count to stay fast. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** The GCM tag: a ciphertext shorter than this cannot be genuine. */
export const TAG_BYTES = 16;

export interface Sealed {
  salt: Uint8Array;
  iv: Uint8Array;
  data: Uint8Array;
}

export const cryptoAvailable = (): boolean => typeof globalThis.crypto?.subtle?.importKey === "function";

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(passphrase.normalize("NFC")),
    "PBKDF2",
    false,
    ["deriveKey"],
  );
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

export async function seal(plain: Uint8Array, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<Sealed> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, iterations);
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-GCM", iv: iv as BufferSource }, key, plain as BufferSource),
  );
  return { salt, iv, data };
}

/** Undefined for a wrong passphrase or any change to salt, iv or data (GCM cannot tell which). Never throws. */
export async function open(
  sealed: Sealed,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Uint8Array | undefined> {
  if (sealed.salt.length !== SALT_BYTES || sealed.iv.length !== IV_BYTES || sealed.data.length < TAG_BYTES)
    return undefined;
  try {
    const key = await deriveKey(passphrase, sealed.salt, iterations);
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: "AES-GCM", iv: sealed.iv as BufferSource }, key, sealed.data as BufferSource),
    );
  } catch {
    return undefined;
  }
}
