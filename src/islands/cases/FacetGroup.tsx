import { useState } from "preact/hooks";
import type { FacetOption } from "../../lib/cases/facets";

interface Props {
  /** URL key, also the id prefix of the checkboxes. */
  name: string;
  title: string;
  options: readonly FacetOption[];
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  onToggle: (value: string, on: boolean) => void;
}

/** One facet as a collapsible group of checkboxes, each with the count it would give. */
export function FacetGroup({ name, title, options, counts, selected, onToggle }: Props) {
  // Open at first when the view arrives with a selection here; after that the reader decides.
  const [open] = useState(selected.length > 0);
  return (
    <details class="cx-facet" open={open}>
      <summary>
        {title}
        {selected.length > 0 && <span class="cx-picked"> · {selected.length} dipilih</span>}
      </summary>
      <fieldset>
        <legend class="visually-hidden">{title}</legend>
        <ul class="cx-options">
          {options.map((o) => {
            const id = `cx-${name}-${o.value}`;
            const n = counts.get(o.value) ?? 0;
            const on = selected.includes(o.value);
            return (
              <li key={o.value} class={n === 0 && !on ? "cx-none" : undefined}>
                <input
                  type="checkbox"
                  id={id}
                  checked={on}
                  onChange={(e) => onToggle(o.value, (e.currentTarget as HTMLInputElement).checked)}
                />
                <label for={id}>
                  {o.label} <span class="cx-n">({n})</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </details>
  );
}
