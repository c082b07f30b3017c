import type { ComponentChildren } from "preact";
import { Alert } from "../ui/Alert";
import type { RadarCanvas } from "./use-radar-canvas";

interface Props {
  radar: RadarCanvas;
  class: string;
  /** The chart's text alternative, for the canvas and the print image alike. */
  description: string;
  /** Shown instead of the canvas when the chart cannot load; says where the numbers are. */
  fallback: string;
  children?: ComponentChildren;
}

/** Canvas radar on screen, plus an <img> of it (light palette, 2×) that the print stylesheet shows instead. */
export function RadarFigure({ radar, class: className, description, fallback, children }: Props) {
  return (
    <figure class={className}>
      {radar.failed ? (
        <Alert announce={false}>{fallback}</Alert>
      ) : (
        <canvas ref={radar.canvasRef} role="img" aria-label={description} />
      )}
      {radar.image && <img class="chart-radar-img" src={radar.image} alt={description} width={560} height={560} />}
      {children}
    </figure>
  );
}
