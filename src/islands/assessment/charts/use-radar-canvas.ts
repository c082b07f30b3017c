// The effect behind both radar islands: load the chart chunk, draw on the canvas in the theme's colours (redrawn
// when the theme or the system colour scheme changes), make the light print image once, and clean up.
import type { RefObject } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";

export interface RadarCanvasSpec<M> {
  /** Changes when the data changes; the chart is redrawn from scratch then. */
  key: string;
  /** The chart chunk, as a literal dynamic import so that it stays its own chunk. */
  load: () => Promise<M>;
  /** Draws on the canvas in the current theme's colours. */
  draw: (mod: M, canvas: HTMLCanvasElement, options: { animate: boolean; responsive: boolean }) => { destroy(): void };
  /** The print image (a data URL). */
  image: (mod: M) => string;
}

export interface RadarCanvas {
  canvasRef: RefObject<HTMLCanvasElement>;
  /** The print image, once drawn. */
  image: string | undefined;
  /** The chart chunk could not be loaded. */
  failed: boolean;
}

export function useRadarCanvas<M>({ key, load, draw, image }: RadarCanvasSpec<M>): RadarCanvas {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [url, setUrl] = useState<string>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    let mod: M | undefined;
    const reduce = matchMedia("(prefers-reduced-motion: reduce)");
    const scheme = matchMedia("(prefers-color-scheme: dark)");
    const redraw = () => {
      if (!mod || !canvasRef.current) return;
      chart?.destroy();
      chart = draw(mod, canvasRef.current, { animate: !reduce.matches, responsive: true });
    };
    load()
      .then((m) => {
        if (cancelled) return;
        mod = m;
        redraw();
        setUrl(image(m));
      })
      .catch(() => setFailed(true));
    addEventListener("siapmitra:tema", redraw);
    scheme.addEventListener("change", redraw);
    return () => {
      cancelled = true;
      removeEventListener("siapmitra:tema", redraw);
      scheme.removeEventListener("change", redraw);
      chart?.destroy();
    };
  }, [key]);

  return { canvasRef, image: url, failed };
}
