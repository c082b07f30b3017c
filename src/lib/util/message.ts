// What src/lib hands the UI instead of a sentence: a dictionary key and its parameters (rendered with t()).

export type MessageParams = Readonly<Record<string, string | number>>;

export interface Message<K extends string = string> {
  key: K;
  params?: MessageParams;
}

export const message = <K extends string>(key: K, params?: MessageParams): Message<K> =>
  params ? { key, params } : { key };

/** A value read from outside after validation: the cleaned value, or the problems that stopped it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Message[] };
