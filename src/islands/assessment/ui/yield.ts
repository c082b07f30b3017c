// Ends the current task and lets the browser handle input and paint before the caller goes on: one long start-up
// split into short tasks keeps a slow phone responsive (scheduler.yield where the browser has it, else a timeout).

interface Scheduler {
  yield(): Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
