import type { StoredResult } from "../../../lib/assessment/types";

interface Props {
  id: string;
  results: readonly StoredResult[];
  value: string;
  onChange: (id: string) => void;
  /** The empty first option ("Pilih penilaian…"). */
  placeholder: string;
  /** How one saved result reads in the list. */
  optionText: (r: StoredResult) => string;
}

/** A choice among saved results (the history's picker and the overlay's), by result id. */
export function ResultSelect({ id, results, value, onChange, placeholder, optionText }: Props) {
  return (
    <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
      <option value="">{placeholder}</option>
      {results.map((r) => (
        <option key={r.id} value={r.id}>
          {optionText(r)}
        </option>
      ))}
    </select>
  );
}
