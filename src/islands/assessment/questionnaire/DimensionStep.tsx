// One dimension's step: its heading, help and scale guide drawn at once, its statements one per task after each
// frame (each is about forty elements with its choices and evidence), so moving to the next step never blocks a slow
// phone for long (tests/bench/questionnaire-start.ts). The step is aria-busy until every statement is in.
import { Component, type ComponentProps } from "preact";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import { useDrawnCount } from "../ui/use-drawn-count";
import { Instructions } from "./Instructions";
import { ItemField, type ItemHandlers } from "./ItemField";
import { ScaleGuide } from "./ScaleGuide";
import { StepTitle } from "./StepTitle";

/** Statements drawn with the step itself (none: its heading paints first), and then in each later task. */
const ITEMS_FIRST = 0;
const ITEMS_PER_TASK = 1;

const NO_EVIDENCE: readonly string[] = [];
const NO_NOTES: Readonly<Record<string, string>> = {};

type ItemProps = ComponentProps<typeof ItemField>;

/** A statement re-renders only when its own answer, evidence, reason or notes change. */
class Item extends Component<ItemProps> {
  override shouldComponentUpdate(next: ItemProps): boolean {
    return (Object.keys(next) as (keyof ItemProps)[]).some((k) => next[k] !== this.props[k]);
  }
  override render(props: ItemProps) {
    return <ItemField {...props} />;
  }
}

interface Props {
  bank: BankData;
  /** 1 for the first dimension. */
  step: number;
  result: StoredResult;
  /** Stable across renders (AssessmentApp keeps them), so unchanged statements skip re-rendering. */
  handlers: ItemHandlers;
}

export function DimensionStep({ bank, step, result, handlers }: Props) {
  const dim = bank.dimensions[step - 1]!;
  const items = bank.items.filter((i) => i.dimension === dim.id);
  const before = bank.items.indexOf(items[0]!);
  const drawn = useDrawnCount(items.length, ITEMS_FIRST, ITEMS_PER_TASK);
  return (
    <fieldset class="asm-step asm-dim" aria-busy={drawn < items.length ? "true" : undefined}>
      <legend>
        <StepTitle>
          {step}. {dim.name}
        </StepTitle>
      </legend>
      <p class="muted asm-step-help">{dim.description}</p>
      {step === 1 && <Instructions bank={bank} />}
      <ScaleGuide bank={bank} dimension={dim.id} live />
      {items.slice(0, drawn).map((item, i) => (
        <Item
          key={item.id}
          bank={bank}
          item={item}
          number={before + i + 1}
          answer={result.answers[item.id]}
          evidence={result.evidence[item.id] ?? NO_EVIDENCE}
          reason={result.alasan?.[item.id] ?? ""}
          notes={result.catatanBukti?.[item.id] ?? NO_NOTES}
          handlers={handlers}
        />
      ))}
    </fieldset>
  );
}
