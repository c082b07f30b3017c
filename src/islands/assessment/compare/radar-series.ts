// Chart.js radar with one series per respondent, agency or assessment; its own entry point so the questionnaire
// never loads it. Series differ by colour, dash pattern and point shape (never colour alone), and a legend and a
// data table always sit beside the chart.
import { Chart, LineElement, PointElement, RadarController, RadialLinearScale } from "chart.js";
import { styleAt } from "./series-styles";

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement);

export interface SeriesData {
  labels: string[];
  series: { label: string; values: (number | null)[] }[];
}

export interface Palette {
  fg: string;
  line: string;
  dark: boolean;
}

export const lightPalette: Palette = { fg: "#1a1f26", line: "#c9d1db", dark: false };

export function drawSeries(
  canvas: HTMLCanvasElement,
  data: SeriesData,
  palette: Palette,
  options: { animate: boolean; responsive: boolean; pixelRatio?: number },
): Chart<"radar"> {
  const font = { size: 13 };
  return new Chart(canvas, {
    type: "radar",
    data: {
      labels: data.labels,
      datasets: data.series.map((s, i) => {
        const st = styleAt(i);
        const color = palette.dark ? st.dark : st.light;
        return {
          label: s.label,
          data: s.values,
          borderColor: color,
          backgroundColor: color,
          pointBackgroundColor: color,
          pointStyle: st.point,
          pointRadius: 5,
          borderWidth: 2,
          borderDash: st.dash,
          fill: false,
          spanGaps: false,
        };
      }),
    },
    options: {
      responsive: options.responsive,
      maintainAspectRatio: true,
      animation: options.animate ? { duration: 400 } : false,
      ...(options.pixelRatio ? { devicePixelRatio: options.pixelRatio } : {}),
      events: [],
      scales: {
        r: {
          min: 1,
          max: 5,
          ticks: { stepSize: 1, color: palette.fg, backdropColor: "transparent", font },
          grid: { color: palette.line },
          angleLines: { color: palette.line },
          pointLabels: { color: palette.fg, font },
        },
      },
    },
  });
}

/** PNG in the light palette at 2× on white, for print (a canvas alone prints blank in some browsers). */
export function seriesImage(data: SeriesData, size = 560): string {
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  canvas.style.width = `${size}px`;
  canvas.style.height = `${size}px`;
  const chart = drawSeries(canvas, data, lightPalette, { animate: false, responsive: false, pixelRatio: 2 });
  const out = document.createElement("canvas");
  out.width = canvas.width;
  out.height = canvas.height;
  const ctx = out.getContext("2d");
  let url = "";
  if (ctx) {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0);
    url = out.toDataURL("image/png");
  }
  chart.destroy();
  return url;
}
