(() => {
  const sw = navigator.serviceWorker;
  const base = document.currentScript && document.currentScript.dataset.base;
  if (!sw || !base) return;
  // Registered 2 s after load, when the page is idle: on a first visit the worker downloads the shell (and, from
  // /penilaian/, the whole questionnaire: about 80 files), and on a slow phone that work slowed the island's start and
  // first answer into long tasks (bench:questionnaire --sw). A reader who leaves within 2 s downloads nothing extra.
  const register = () => sw.register(base + "sw.js", { scope: base, updateViaCache: "none" }).catch(() => {});
  const whenIdle = () => (window.requestIdleCallback ? requestIdleCallback(register, { timeout: 3000 }) : register());
  addEventListener("load", () => setTimeout(whenIdle, 2000));
  addEventListener("DOMContentLoaded", () => {
    const button = document.getElementById("simpan-offline");
    const status = document.getElementById("simpan-offline-status");
    if (!button || !status) return;
    const say = (name, values) =>
      (status.textContent = (button.dataset[name] || "").replace(/\{(\w+)\}/g, (_, key) => values[key]));
    let busy = false;
    button.hidden = false;
    button.addEventListener("click", () => {
      if (busy) return;
      busy = true;
      const urls = (button.dataset.urls || "").split(" ").filter(Boolean);
      say("pesanProses", { total: urls.length });
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => {
        busy = false;
        const { saved, total } = event.data || {};
        say(saved === total ? "pesanBerhasil" : "pesanGagal", { saved, total });
      };
      sw.ready.then((registration) => registration.active.postMessage({ type: "simpan", urls }, [channel.port2]));
    });
  });
})();
