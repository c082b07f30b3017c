import type { RadarData, RadarPalette } from "./radar-chart";
import { RadarFigure } from "./RadarFigure";
import { themeColors } from "./theme-colors";
import { useRadarCanvas } from "./use-radar-canvas";

/** The theme's colours for the canvas; the fill is the accent made translucent. */
function currentPalette(): RadarPalette {
  const { "--fg": fg, "--line": line, "--accent": accent } = themeColors(["--fg", "--line", "--accent"]);
  const fill = accent.startsWith("rgb(") ? accent.replace("rgb(", "rgba(").replace(")", ", 0.2)") : accent;
  return { fg, line, accent, fill };
}

interface Props {
  data: RadarData;
  description: string;
  /** Shown instead of the canvas when the chart cannot load; says where the numbers are. */
  fallback: string;
}

/** The results' radar (lazy Chart.js), with its print image. */
export function RadarChart({ data, description, fallback }: Props) {
  const radar = useRadarCanvas({
    key: JSON.stringify(data),
    load: () => import("./radar-chart"),
    draw: (m, canvas, options) => m.drawRadar(canvas, data, currentPalette(), options),
    image: (m) => m.radarImage(data),
  });
  return <RadarFigure radar={radar} class="chart-radar" description={description} fallback={fallback} />;
}
