// The questionnaire's steps: 0 is the context, then one step per dimension, then the review, then the results.

export interface Steps {
  /** Steps before the results (the progress line counts these). */
  count: number;
  review: number;
  results: number;
}

export function stepsOf(bank: { dimensions: readonly unknown[] }): Steps {
  const dims = bank.dimensions.length;
  return { count: dims + 2, review: dims + 1, results: dims + 2 };
}

/** The step a saved assessment resumes at: its results once completed, else its first dimension with a gap. */
export function resumeStep(
  bank: { dimensions: readonly { id: string }[]; items: readonly { id: string; dimension: string }[] },
  answers: Readonly<Record<string, unknown>>,
  completed: boolean,
): number {
  const s = stepsOf(bank);
  if (completed) return s.results;
  const firstOpen = bank.dimensions.findIndex((d) =>
    bank.items.some((i) => i.dimension === d.id && answers[i.id] === undefined),
  );
  return firstOpen === -1 ? s.review : firstOpen + 1;
}

/** What the forward button does on `step`: go on, open the review, or show the results. */
export function forwardAction(bank: { dimensions: readonly unknown[] }, step: number): "next" | "review" | "results" {
  const s = stepsOf(bank);
  if (step === s.review) return "results";
  if (step === s.review - 1) return "review";
  return "next";
}
