import type { ComponentChildren } from "preact";

interface Props {
  class: string;
  /** The editable plan has a last column of row actions (not printed). */
  editable: boolean;
  /** The rows: inputs in the editable plan, text in the read-only one. */
  children: ComponentChildren;
}

/** The action plan's table: the same caption and columns whether it is edited or only read. */
export function PlanTable({ class: className, editable, children }: Props) {
  return (
    <div class="table-wrap">
      <table class={className}>
        <caption>Rencana aksi</caption>
        <thead>
          <tr>
            <th scope="col">Kegiatan</th>
            <th scope="col">Penanggung jawab</th>
            <th scope="col">Tenggat</th>
            <th scope="col">Status</th>
            {editable && (
              <th scope="col" class="no-print">
                <span class="visually-hidden">Tindakan</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
