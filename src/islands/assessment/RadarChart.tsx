import { useEffect, useRef, useState } from "preact/hooks";
import type { RadarData, RadarPalette } from "./radar-chart";

/** Resolves the theme's CSS tokens (light-dark() included) to concrete colours for the canvas. */
function currentPalette(): RadarPalette {
  const probe = document.createElement("span");
  document.body.append(probe);
  const read = (token: string) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  };
  const fg = read("--fg");
  const line = read("--line");
  const accent = read("--accent");
  probe.remove();
  const fill = accent.startsWith("rgb(") ? accent.replace("rgb(", "rgba(").replace(")", ", 0.2)") : accent;
  return { fg, line, accent, fill };
}

/** Canvas radar on screen, plus an <img> of it (light palette, 2×) that the print stylesheet shows instead. */
export function RadarChart({ data, description }: { data: RadarData; description: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [image, setImage] = useState<string>();
  const [failed, setFailed] = useState(false);
  const key = JSON.stringify(data);

  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    const reduce = matchMedia("(prefers-reduced-motion: reduce)");
    const scheme = matchMedia("(prefers-color-scheme: dark)");
    let mod: typeof import("./radar-chart") | undefined;
    const draw = () => {
      if (!mod || !canvasRef.current) return;
      chart?.destroy();
      chart = mod.drawRadar(canvasRef.current, data, currentPalette(), { animate: !reduce.matches, responsive: true });
    };
    import("./radar-chart")
      .then((m) => {
        if (cancelled) return;
        mod = m;
        draw();
        setImage(m.radarImage(data));
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
    <figure class="asm-radar">
      {failed ? (
        <p class="box asm-message">Grafik radar tidak dapat dimuat; skor lengkap ada di tabel dan diagram batang.</p>
      ) : (
        <canvas ref={canvasRef} role="img" aria-label={description} />
      )}
      {image && <img class="asm-radar-img" src={image} alt={description} width={560} height={560} />}
    </figure>
  );
}
