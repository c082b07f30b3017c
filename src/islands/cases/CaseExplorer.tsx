// The case explorer's island. Until the reader touches its controls (or arrives with a view in the URL) it leaves
// the server's HTML alone, its children (the static search box and facet links) and the case list after it, and
// loads nothing more. On the first touch it fetches /studi-kasus/data.json and the app (./ExplorerApp.tsx)
// together, and the app takes over.
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { carriesView } from "../../lib/cases/view-params";
import type { ExplorerStart } from "./ExplorerApp";

const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** What wakes the explorer: a pointer over or on its controls, or the keyboard's focus in them. */
const wakeEvents = ["pointerover", "pointerdown", "touchstart", "focusin"] as const;

interface Awake {
  App: typeof import("./ExplorerApp").default;
  start: ExplorerStart;
}

export default function CaseExplorer({ children }: { children?: ComponentChildren }) {
  const [wanted, setWanted] = useState(false);
  const [awake, setAwake] = useState<Awake | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // Wait for the reader, unless the URL already names a view.
  useEffect(() => {
    if (carriesView(location.search)) {
      setWanted(true);
      return;
    }
    const el = root.current;
    if (!el) return;
    // The reader may have reached the controls before this script ran.
    if (el.matches(":hover") || el.contains(document.activeElement) || el.querySelector("details[open]")) {
      setWanted(true);
      return;
    }
    const wake = () => {
      for (const type of wakeEvents) el.removeEventListener(type, wake);
      setWanted(true);
    };
    for (const type of wakeEvents) el.addEventListener(type, wake, { passive: true });
    return () => {
      for (const type of wakeEvents) el.removeEventListener(type, wake);
    };
  }, []);

  useEffect(() => {
    if (!wanted) return;
    const data = fetch(`${base}studi-kasus/data.json`).then((r) => (r.ok ? (r.json() as Promise<unknown>) : null));
    Promise.all([import("./ExplorerApp"), data])
      .then(([app, json]) => {
        const start = app.prepare(json, root.current);
        if (!start) throw new Error("invalid /studi-kasus/data.json");
        setAwake({ App: app.default, start });
      })
      .catch(() => {
        // The static controls carry the notice (so this entry carries no text): the list and links still work.
        const notice = root.current?.querySelector<HTMLElement>(".cx-notice");
        if (notice) notice.hidden = false;
      });
  }, [wanted]);

  if (awake) return <awake.App start={awake.start} />;
  // A real box around the static children: client:visible observes the island's children, and the slot that
  // holds them is display: contents, which never intersects. It also receives the events that wake the explorer.
  return (
    <div class="cx-root" ref={root}>
      {children}
    </div>
  );
}
