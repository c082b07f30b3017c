(() => {
  const sw = navigator.serviceWorker;
  const base = document.currentScript && document.currentScript.dataset.base;
  if (!sw || !base) return;
  addEventListener("load", () => {
    sw.register(base + "sw.js", { scope: base, updateViaCache: "none" }).catch(() => {});
  });
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
