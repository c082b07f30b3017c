// Multi-series radar island piece: canvas on screen (theme-aware), a light PNG for print, and an HTML legend that
// names each line's pattern. The numbers are always in a table next to it (rendered by the caller).
import { useState } from "preact/hooks";
import type { Palette, SeriesData } from "./radar-series";
import { seriesStyles } from "./series-styles";
import { patternName, t } from "../../../i18n/charts";
import { RadarFigure } from "./RadarFigure";
import { themeColors } from "./theme-colors";
import { useRadarCanvas } from "./use-radar-canvas";

/** The theme's colours for the canvas; a dark background picks each series' dark colour. */
function currentPalette(): Palette {
  const { "--fg": fg, "--line": line, "--bg": bg } = themeColors(["--fg", "--line", "--bg"]);
  const rgb = /(\d+)\D+(\d+)\D+(\d+)/.exec(bg);
  const dark = rgb ? Number(rgb[1]) + Number(rgb[2]) + Number(rgb[3]) < 384 : false;
  return { fg, line, dark };
}

export function SeriesRadar({ data, description }: { data: SeriesData; description: string }) {
  const [dark, setDark] = useState(false);
  const radar = useRadarCanvas({
    key: JSON.stringify(data),
    load: () => import("./radar-series"),
    draw: (m, canvas, options) => {
      const palette = currentPalette();
      setDark(palette.dark);
      return m.drawSeries(canvas, data, palette, options);
    },
    image: (m) => m.seriesImage(data),
  });

  return (
    <RadarFigure
      radar={radar}
      class="chart-radar chart-series"
      description={description}
      fallback={t("charts.seriesFallback")}
    >
      <figcaption>
        <ul class="chart-legend">
          {data.series.map((s, i) => {
            const st = seriesStyles[i % seriesStyles.length]!;
            return (
              <li key={`${i}-${s.label}`}>
                <svg width="40" height="12" aria-hidden="true" focusable="false">
                  <line
                    x1="2"
                    y1="6"
                    x2="38"
                    y2="6"
                    stroke={dark ? st.dark : st.light}
                    stroke-width="3"
                    stroke-dasharray={st.dash.join(" ") || undefined}
                    class="chart-legend-line"
                    data-light={st.light}
                  />
                </svg>{" "}
                {s.label} <span class="muted">({patternName(i)})</span>
              </li>
            );
          })}
        </ul>
      </figcaption>
    </RadarFigure>
  );
}
