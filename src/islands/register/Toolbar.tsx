// The three ways to add partnerships: by hand, from an assessment's planning references, from a CSV list.
import { t } from "../../i18n/register";

export type PanelKind = "form" | "fromAssessment" | "import";

const buttons: {
  kind: PanelKind;
  id: string;
  label: "register.add.byHand" | "register.add.fromAssessment" | "register.add.import";
}[] = [
  { kind: "form", id: "reg-open-form", label: "register.add.byHand" },
  { kind: "fromAssessment", id: "reg-open-from", label: "register.add.fromAssessment" },
  { kind: "import", id: "reg-open-import", label: "register.add.import" },
];

export function Toolbar({ open, active }: { open: (kind: PanelKind, returnFocus: string) => void; active: string }) {
  return (
    <div class="action-row">
      {buttons.map((b) => (
        <button
          key={b.kind}
          type="button"
          id={b.id}
          class={`button ${b.kind === "form" ? "" : "secondary"}`}
          aria-expanded={active === b.kind}
          onClick={() => open(b.kind, b.id)}
        >
          {t(b.label)}
        </button>
      ))}
    </div>
  );
}
