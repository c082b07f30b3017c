// /penilaian/riwayat/: the completed assessments on this device: open, rename, export, delete (confirmed),
// select for comparison, import, and delete everything.
import { useEffect, useState } from "preact/hooks";
import { deleteFromHistory, listHistory, renameInHistory, type HistoryList } from "../../../lib/assessment/history";
import type { StoredResult } from "../../../lib/assessment/types";
import { withBase } from "../../../lib/site/paths";
import type { BankRef } from "../io/bank-loader";
import { downloadJson } from "../share/ExportButtons";
import { resultDate, resultTitle } from "./format";
import { ImportFile } from "./ImportFile";
import ClearDataButton from "./ClearDataButton";
import { focusOnMount } from "./focus";

function Entry({
  r,
  bankTitle,
  selected,
  onSelect,
  onChanged,
  setNotice,
}: {
  r: StoredResult;
  bankTitle: string;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onChanged: () => void;
  setNotice: (s: string) => void;
}) {
  const [mode, setMode] = useState<"view" | "rename" | "delete">("view");
  const [name, setName] = useState(r.name ?? "");
  const title = resultTitle(r);
  const answered = Object.keys(r.answers).length;
  const rename = (e: Event) => {
    e.preventDefault();
    const out = renameInHistory(r.id, name);
    setNotice(out.ok ? `Nama penilaian diganti menjadi "${name.trim() || "(tanpa nama)"}".` : out.message);
    setMode("view");
    onChanged();
  };
  const remove = () => {
    const out = deleteFromHistory(r.id);
    setNotice(out.ok ? `Penilaian "${title}" dihapus.` : out.message);
    onChanged();
  };
  const box = `p2-sel-${r.id}`;
  return (
    <li class="card p2-entry" data-id={r.id}>
      <h3 class="p2-entry-title">{title}</h3>
      <p class="muted">
        {bankTitle} versi {r.bank.version} · {resultDate(r)} · {answered} jawaban
      </p>
      <div class="p2-field">
        <input
          type="checkbox"
          id={box}
          checked={selected}
          onChange={(e) => onSelect((e.currentTarget as HTMLInputElement).checked)}
        />{" "}
        <label for={box}>Pilih untuk dibandingkan: {title}</label>
      </div>
      {mode === "rename" && (
        <form class="p2-rename" onSubmit={rename}>
          <label for={`p2-name-${r.id}`}>Nama baru</label>
          <input
            ref={focusOnMount}
            id={`p2-name-${r.id}`}
            value={name}
            maxLength={200}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
          <div class="p2-actions">
            <button type="submit" class="button">
              Simpan nama
            </button>
            <button type="button" class="button secondary" onClick={() => setMode("view")}>
              Batal
            </button>
          </div>
        </form>
      )}
      {mode === "delete" && (
        <div class="box asm-message" role="group" aria-labelledby={`p2-del-${r.id}`}>
          <p id={`p2-del-${r.id}`}>
            Hapus penilaian "{title}" dari perangkat ini? Tindakan ini tidak dapat dibatalkan.
          </p>
          <div class="p2-actions">
            <button type="button" class="button" onClick={remove}>
              Ya, hapus
            </button>
            <button type="button" class="button secondary" onClick={() => setMode("view")} ref={focusOnMount}>
              Batal
            </button>
          </div>
        </div>
      )}
      {mode === "view" && (
        <div class="p2-actions">
          <a class="button" href={withBase(`/penilaian/hasil/#lokal=${encodeURIComponent(r.id)}`)}>
            Buka<span class="visually-hidden"> {title}</span>
          </a>
          <button type="button" class="button secondary" onClick={() => setMode("rename")}>
            Ganti nama<span class="visually-hidden"> {title}</span>
          </button>
          <button type="button" class="button secondary" onClick={() => downloadJson(r)}>
            Unduh JSON<span class="visually-hidden"> {title}</span>
          </button>
          <button type="button" class="button secondary" onClick={() => setMode("delete")}>
            Hapus<span class="visually-hidden"> {title}</span>
          </button>
        </div>
      )}
    </li>
  );
}

export default function HistoryApp({ banks }: { banks: BankRef[] }) {
  const [list, setList] = useState<HistoryList>();
  const [selected, setSelected] = useState<string[]>([]);
  const [notice, setNotice] = useState<string>();
  const refresh = () => setList(listHistory());
  useEffect(refresh, []);
  if (!list) return <p role="status">Memuat riwayat…</p>;
  const titleOf = (id: string) => banks.find((b) => b.id === id)?.title ?? id;
  const chosen = list.entries.filter((r) => selected.includes(r.id));
  const sameBank =
    chosen.length >= 2 &&
    chosen.every((r) => r.bank.id === chosen[0]!.bank.id && r.bank.version === chosen[0]!.bank.version);
  return (
    <div class="p2-history">
      {list.unavailable && (
        <p class="box asm-message" role="alert">
          {list.unavailable}
        </p>
      )}
      {list.problems.map((p, i) => (
        <p key={i} class="box asm-message" role="alert">
          {p}
        </p>
      ))}
      <p role="status">{notice}</p>
      <h2>Penilaian tersimpan ({list.entries.length})</h2>
      {list.entries.length === 0 ? (
        <p>
          Belum ada penilaian selesai di perangkat ini. <a href={withBase("/penilaian/")}>Mulai penilaian</a> atau impor
          berkas hasil di bawah.
        </p>
      ) : (
        <ul class="card-list p2-entries">
          {list.entries.map((r) => (
            <Entry
              key={`${r.id}-${r.name ?? ""}`}
              r={r}
              bankTitle={titleOf(r.bank.id)}
              selected={selected.includes(r.id)}
              onSelect={(on) => setSelected((s) => (on ? [...s, r.id] : s.filter((x) => x !== r.id)))}
              onChanged={refresh}
              setNotice={setNotice}
            />
          ))}
        </ul>
      )}
      {list.entries.length >= 2 && (
        <div class="p2-actions">
          {sameBank ? (
            <a
              class="button"
              href={withBase(`/penilaian/bandingkan/#lokal=${chosen.map((r) => encodeURIComponent(r.id)).join(",")}`)}
            >
              Bandingkan {chosen.length} penilaian terpilih
            </a>
          ) : (
            <p class="muted">
              Pilih dua penilaian atau lebih dari kuesioner dan versi yang sama untuk membandingkannya.
            </p>
          )}
        </div>
      )}
      <ImportFile banks={banks} onImported={refresh} />
      <section aria-labelledby="p2-clear-title">
        <h2 id="p2-clear-title">Hapus data</h2>
        <p>Menghapus semua penilaian, draf, riwayat, dan pilihan tampilan SiapMitra yang tersimpan di peramban ini.</p>
        <ClearDataButton onCleared={refresh} />
      </section>
    </div>
  );
}
