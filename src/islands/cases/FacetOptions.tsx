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

/** One facet's values as checkboxes, each with the count it would give. */
export function FacetOptions({ name, title, options, counts, selected, onToggle }: Props) {
  return (
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
  );
}
