import { useState } from "preact/hooks";

interface Props {
  min: number;
  max: number;
  from: number | undefined;
  to: number | undefined;
  onChange: (from: number | undefined, to: number | undefined) => void;
}

/** Year range as two selects: only valid years can be picked, and "Semua" clears a bound. */
export function YearRange({ min, max, from, to, onChange }: Props) {
  const [open] = useState(from !== undefined || to !== undefined);
  const years: number[] = [];
  for (let y = min; y <= max; y++) years.push(y);
  const read = (e: Event) => {
    const v = (e.currentTarget as HTMLSelectElement).value;
    return v === "" ? undefined : Number(v);
  };
  const active = from !== undefined || to !== undefined;
  return (
    <details class="cx-facet" open={open}>
      <summary>
        Tahun
        {active && <span class="cx-picked"> · {`${from ?? min}–${to ?? max}`}</span>}
      </summary>
      <fieldset class="cx-years">
        <legend class="visually-hidden">Rentang tahun berlangsungnya kemitraan</legend>
        <label for="cx-dari">Dari</label>
        <select id="cx-dari" value={from ?? ""} onChange={(e) => onChange(read(e), to)}>
          <option value="">Semua</option>
          {years.map((y) => (
            <option key={y} value={y} disabled={to !== undefined && y > to}>
              {y}
            </option>
          ))}
        </select>
        <label for="cx-sampai">Sampai</label>
        <select id="cx-sampai" value={to ?? ""} onChange={(e) => onChange(from, read(e))}>
          <option value="">Semua</option>
          {years.map((y) => (
            <option key={y} value={y} disabled={from !== undefined && y < from}>
              {y}
            </option>
          ))}
        </select>
        <p class="cx-hint">Kasus yang berlangsung, setidaknya sebagian, dalam rentang ini.</p>
      </fieldset>
    </details>
  );
}
