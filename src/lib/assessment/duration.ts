// One time estimate for answering a questionnaire, computed from its size so every page that quotes it agrees.
// Assumption (not a measurement): 30 to 45 seconds a statement to read it, choose a level and tick evidence.

const SECONDS_MIN = 30;
const SECONDS_MAX = 45;
const roundTo5 = (minutes: number) => Math.max(5, Math.round(minutes / 5) * 5);

/** Minutes to answer `items` statements, rounded to 5: 40 → 20–30, 46 → 25–35. */
export function answeringMinutes(items: number): { min: number; max: number } {
  return { min: roundTo5((items * SECONDS_MIN) / 60), max: roundTo5((items * SECONDS_MAX) / 60) };
}

/** The range that covers several questionnaires (for a page that names none in particular). */
export function answeringMinutesOf(itemCounts: readonly number[]): { min: number; max: number } {
  const ranges = itemCounts.map(answeringMinutes);
  return { min: Math.min(...ranges.map((r) => r.min)), max: Math.max(...ranges.map((r) => r.max)) };
}
