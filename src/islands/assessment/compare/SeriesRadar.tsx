// Multi-series radar island piece: canvas on screen (theme-aware), a light PNG for print, and an HTML legend that
// names each line's pattern. The numbers are always in a table next to it (rendered by the caller).
import { useEffect, useRef, useState } from "preact/hooks";
import type { Palette, SeriesData } from "./radar-series";
import { seriesStyles } from "./series-styles";

function currentPalette(): Palette {
  const probe = document.createElement("span");
  document.body.append(probe);
  const read = (token: string) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  };
  const fg = read("--fg");
  const line = read("--line");
  const bg = read("--bg");
  probe.remove();
  const rgb = /(\d+)\D+(\d+)\D+(\d+)/.exec(bg);
  const dark = rgb ? Number(rgb[1]) + Number(rgb[2]) + Number(rgb[3]) < 384 : false;
  return { fg, line, dark };
}

export function SeriesRadar({ data, description }: { data: SeriesData; description: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [image, setImage] = useState<string>();
  const [failed, setFailed] = useState(false);
  const [dark, setDark] = useState(false);
  const key = JSON.stringify(data);

  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    let mod: typeof import("./radar-series") | undefined;
    const reduce = matchMedia("(prefers-reduced-motion: reduce)");
    const scheme = matchMedia("(prefers-color-scheme: dark)");
    const draw = () => {
      if (!mod || !canvasRef.current) return;
      chart?.destroy();
      const palette = currentPalette();
      setDark(palette.dark);
      chart = mod.drawSeries(canvasRef.current, data, palette, { animate: !reduce.matches, responsive: true });
    };
    import("./radar-series")
      .then((m) => {
        if (cancelled) return;
        mod = m;
        draw();
        setImage(m.seriesImage(data));
      })
      .catch(() => setFailed(true));
    addEventListener("siapmitra:tema", draw);
    scheme.addEventListener("change", draw);
    return () => {
      cancelled = true;
      removeEventListener("siapmitra:tema", draw);
      scheme.removeEventListener("change", draw);
      chart?.destroy();
    };
  }, [key]);

  return (
    <figure class="asm-radar p2-radar">
      {failed ? (
        <p class="box asm-message">Grafik radar tidak dapat dimuat; angka lengkap ada di tabel.</p>
      ) : (
        <canvas ref={canvasRef} role="img" aria-label={description} />
      )}
      {image && <img class="asm-radar-img" src={image} alt={description} width={560} height={560} />}
      <figcaption>
        <ul class="p2-legend">
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
                    class="p2-legend-line"
                    data-light={st.light}
                  />
                </svg>{" "}
                {s.label} <span class="muted">({st.pattern})</span>
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
