// Draws a long list a few entries per task: `first` at once, then `perTask` more after each frame until all are in.
// A slow phone then never spends one long task building (and laying out) the whole list; the caller marks its
// container aria-busy while the count is below the total.
import { useEffect, useState } from "preact/hooks";
import { afterNextPaint } from "./yield";

export function useDrawnCount(total: number, first: number, perTask: number): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    return afterNextPaint(() => setCount((c) => c + perTask));
  }, [count, total]);
  return Math.min(count, total);
}
