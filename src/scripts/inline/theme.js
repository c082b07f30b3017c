(() => {
  const key = "siapmitra-tema";
  const root = document.documentElement;
  root.dataset.js = "";
  let saved = null;
  try {
    saved = localStorage.getItem(key);
  } catch {}
  if (saved === "gelap" || saved === "terang") root.dataset.theme = saved === "gelap" ? "dark" : "light";
  const dark = () =>
    (root.dataset.theme || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "")) === "dark";
  addEventListener("DOMContentLoaded", () => {
    const button = document.getElementById("tema");
    if (!button) return;
    const label = button.lastElementChild;
    const labels = [label.textContent, button.dataset.label];
    const sync = () => {
      label.textContent = labels[+dark()];
      button.toggleAttribute("data-dark", dark());
    };
    sync();
    button.addEventListener("click", () => {
      const next = dark() ? "light" : "dark";
      root.dataset.theme = next;
      try {
        localStorage.setItem(key, next === "dark" ? "gelap" : "terang");
      } catch {}
      sync();
      dispatchEvent(new CustomEvent("siapmitra:tema"));
    });
  });
})();
