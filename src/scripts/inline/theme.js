(() => {
  const key = "siapmitra-tema";
  const root = document.documentElement;
  root.dataset.js = "";
  let saved = null;
  try {
    saved = localStorage.getItem(key);
  } catch {}
  if (saved === "gelap" || saved === "terang") root.dataset.theme = saved === "gelap" ? "dark" : "light";
  const current = () => root.dataset.theme || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  addEventListener("DOMContentLoaded", () => {
    const button = document.getElementById("tema");
    if (!button) return;
    const sync = () => button.setAttribute("aria-pressed", String(current() === "dark"));
    sync();
    button.addEventListener("click", () => {
      const next = current() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try {
        localStorage.setItem(key, next === "dark" ? "gelap" : "terang");
      } catch {}
      sync();
      dispatchEvent(new CustomEvent("siapmitra:tema"));
    });
  });
})();
