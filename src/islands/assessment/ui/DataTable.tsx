import type { ComponentChildren } from "preact";

interface Props {
  caption: ComponentChildren;
  /** Column headings, in order; a heading may be any markup (e.g. visually hidden text). */
  head: ComponentChildren;
  children: ComponentChildren;
  foot?: ComponentChildren;
  class?: string | undefined;
  id?: string | undefined;
}

/** Every data table of the self-assessment: a captioned table in a scroll box, with header cells given by `head`. */
export function DataTable({ caption, head, children, foot, class: className, id }: Props) {
  return (
    <div class="table-wrap">
      <table class={className} id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}
