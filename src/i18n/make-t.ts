// The one translation function: a dictionary of templates with "{name}" placeholders, looked up by key.
// Each island imports the translator of its own area (src/i18n/<area>.ts) so a chunk carries only its strings.

export type Params = Readonly<Record<string, string | number>>;
export type Dictionary = Readonly<Record<string, string>>;

/** "Hasil untuk “{q}”" + { q: "mou" } → "Hasil untuk “mou”"; a missing parameter stays visible as "{q}". */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A typed `t(key, params)` over one dictionary: an unknown key is a type error, not a blank on the page. */
export function makeT<D extends Dictionary>(dict: D) {
  return (key: keyof D & string, params?: Params): string => interpolate(dict[key] as string, params);
}

/** Renders a message from src/lib (a key and parameters); a key missing from `dict` shows as itself. */
export function makeTm(dict: Dictionary) {
  return (m: { key: string; params?: Params | undefined }): string =>
    Object.hasOwn(dict, m.key) ? interpolate(dict[m.key] as string, m.params) : m.key;
}
