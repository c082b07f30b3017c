// /penilaian/bandingkan/: load two or more exports or share links (chosen, dropped, pasted, or from the local
// history), label each with its agency, and compare per respondent or per agency, optionally anonymously.
import { useEffect, useState } from "preact/hooks";
import { ANONYMITY_DEFAULT, anonymousView, compareResults, type CompareMode } from "../../../lib/assessment/compare";
import { listHistory } from "../../../lib/assessment/history";
import { formatMean } from "../../../lib/assessment/summary";
import type { BankData, StoredResult } from "../../../lib/assessment/types";
import type { BankRef } from "../io/bank-loader";
import { resultDate, resultTitle } from "../history/format";
import { fromFile, fromHistory, fromLink, type Loaded } from "./sources";
import type { ComponentType } from "preact";
import type { CompareReportProps } from "./CompareReport";

interface Entry {
  key: string;
  label: string;
  result: StoredResult;
  source: string;
}

let seq = 0;

export default function CompareApp({ banks }: { banks: BankRef[] }) {
  const [bank, setBank] = useState<BankData>();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [messages, setMessages] = useState<string[]>([]);
  const [links, setLinks] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [mode, setMode] = useState<CompareMode>("responden");
  const [anonymous, setAnonymous] = useState(false);
  const [threshold, setThreshold] = useState(ANONYMITY_DEFAULT);
  const [dragging, setDragging] = useState(false);
  const [historyPick, setHistoryPick] = useState("");
  const [history] = useState(() => listHistory().entries);
  // The report (radar, tables, agenda) loads only once there is something to compare.
  const [Report, setReport] = useState<ComponentType<CompareReportProps>>();
  useEffect(() => {
    if (entries.length >= 2 && !Report) void import("./CompareReport").then((m) => setReport(() => m.CompareReport));
  }, [entries.length]);

  // Adds loaded inputs in order; one bank version per comparison. Functional updates, since loads are async.
  const add = (loaded: { item: Loaded; source: string }[]) => {
    const notes: string[] = [];
    let currentBank = bank;
    const added: Entry[] = [];
    const have = new Set(entries.map((e) => e.result.id));
    for (const { item, source } of loaded) {
      if (!item.ok) {
        notes.push(`${source}: ${item.message}`);
        continue;
      }
      if (currentBank && (currentBank.id !== item.bank.id || currentBank.version !== item.bank.version)) {
        notes.push(
          `${source}: hasil ini memakai kuesioner ${item.bank.title} versi ${item.bank.version}, sedangkan perbandingan ini memakai ${currentBank.title} versi ${currentBank.version}. Bandingkan hanya hasil dari kuesioner dan versi yang sama.`,
        );
        continue;
      }
      if (have.has(item.result.id)) {
        notes.push(`${source}: hasil ini sudah dimuat.`);
        continue;
      }
      have.add(item.result.id);
      currentBank = item.bank;
      added.push({ key: `in-${++seq}`, label: item.result.context.instansi, result: item.result, source });
    }
    if (currentBank !== bank) setBank(currentBank);
    setEntries((prev) => [...prev, ...added]);
    if (added.length > 0) notes.push(`${added.length} hasil ditambahkan.`);
    setMessages(notes);
  };

  useEffect(() => {
    const m = /^#lokal=(.+)$/.exec(location.hash);
    if (!m) return;
    const ids = m[1]!
      .split(",")
      .map((s) => decodeURIComponent(s))
      .slice(0, 50);
    void Promise.all(ids.map(async (id, i) => ({ item: await fromHistory(id), source: `Riwayat ${i + 1}` }))).then(add);
  }, []);

  const addFiles = async (files: File[]) => {
    add(await Promise.all(files.map(async (f) => ({ item: await fromFile(f, banks), source: `Berkas ${f.name}` }))));
  };
  const addLinks = async () => {
    const lines = links
      .split(/\s+/)
      .filter((l) => l.trim() !== "")
      .slice(0, 50);
    if (lines.length === 0) return setMessages(["Tempelkan satu tautan hasil atau lebih terlebih dahulu."]);
    add(
      await Promise.all(
        lines.map(async (l, i) => ({ item: await fromLink(l, passphrase), source: `Tautan ${i + 1}` })),
      ),
    );
    setLinks("");
  };
  const addHistory = async () => {
    if (historyPick === "") return;
    add([{ item: await fromHistory(historyPick), source: "Riwayat" }]);
  };
  const remove = (key: string) => {
    const next = entries.filter((e) => e.key !== key);
    setEntries(next);
    if (next.length === 0) setBank(undefined);
  };
  const relabel = (key: string, label: string) =>
    setEntries((prev) => prev.map((e) => (e.key === key ? { ...e, label } : e)));

  const inputs = entries.map((e) => ({ label: e.label, result: e.result }));
  const anon = bank && anonymous ? anonymousView(bank, inputs, threshold) : undefined;

  return (
    <div class="p2-compare">
      <section aria-labelledby="p2-add-title" class="no-print">
        <h2 id="p2-add-title">1. Muat hasil para mitra</h2>
        <p>
          Setiap berkas atau tautan dibaca di peramban ini saja. Berkas maksimal 1 MB. Semua hasil harus dari kuesioner
          dan versi yang sama.
        </p>
        <div
          class={`p2-drop${dragging ? " p2-drop-active" : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void addFiles([...(e.dataTransfer?.files ?? [])]);
          }}
        >
          <label for="p2-cmp-files">Pilih berkas JSON (atau seret berkas ke kotak ini)</label>
          <input
            id="p2-cmp-files"
            type="file"
            accept=".json,application/json"
            multiple
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              void addFiles([...(input.files ?? [])]).then(() => {
                input.value = "";
              });
            }}
          />
        </div>
        <div class="p2-field">
          <label for="p2-cmp-links">Tempel tautan hasil (satu per baris)</label>
          <textarea
            id="p2-cmp-links"
            rows={3}
            value={links}
            onInput={(e) => setLinks((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </div>
        <div class="p2-field">
          <label for="p2-cmp-pass">Kata sandi tautan (hanya untuk tautan yang dilindungi)</label>
          <input
            id="p2-cmp-pass"
            type="password"
            autocomplete="off"
            value={passphrase}
            onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="p2-actions">
          <button type="button" class="button secondary" onClick={() => void addLinks()}>
            Tambahkan tautan
          </button>
        </div>
        {history.length > 0 && (
          <div class="p2-field">
            <label for="p2-cmp-history">Atau pilih dari riwayat perangkat ini</label>
            <select
              id="p2-cmp-history"
              value={historyPick}
              onChange={(e) => setHistoryPick((e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">Pilih penilaian…</option>
              {history.map((r) => (
                <option key={r.id} value={r.id}>
                  {resultTitle(r)} · {resultDate(r)}
                </option>
              ))}
            </select>{" "}
            <button type="button" class="button secondary" onClick={() => void addHistory()}>
              Tambahkan dari riwayat
            </button>
          </div>
        )}
        <div aria-live="polite" class="p2-messages">
          {messages.map((m, i) => (
            <p key={i} class={/ditambahkan\.$/.test(m) ? "" : "box asm-message"}>
              {m}
            </p>
          ))}
        </div>
      </section>

      {entries.length > 0 && bank && (
        <section aria-labelledby="p2-inputs-title" class="no-print">
          <h2 id="p2-inputs-title">2. Beri label instansi</h2>
          <p>
            Kuesioner: {bank.title}, versi {bank.version}. Responden dengan label instansi yang sama digabung dalam mode
            per instansi.
          </p>
          <ol class="p2-inputs">
            {entries.map((e, i) => (
              <li key={e.key}>
                <label for={`p2-label-${e.key}`}>Instansi responden {i + 1}</label>{" "}
                <input
                  id={`p2-label-${e.key}`}
                  value={e.label}
                  maxLength={120}
                  onInput={(ev) => relabel(e.key, (ev.currentTarget as HTMLInputElement).value)}
                />{" "}
                <span class="muted">
                  {e.source} · {resultDate(e.result)}
                </span>{" "}
                <button type="button" class="button secondary" onClick={() => remove(e.key)}>
                  Hapus<span class="visually-hidden"> responden {i + 1}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}

      {entries.length === 1 && <p class="box">Tambahkan sedikitnya satu hasil lagi untuk membandingkan.</p>}

      {entries.length >= 2 && bank && (
        <>
          <section aria-labelledby="p2-opts-title" class="no-print">
            <h2 id="p2-opts-title">3. Cara membandingkan</h2>
            <fieldset class="p2-options">
              <legend>Bandingkan</legend>
              <div>
                <input
                  type="radio"
                  id="p2-mode-r"
                  name="p2-mode"
                  checked={mode === "responden"}
                  onChange={() => setMode("responden")}
                />{" "}
                <label for="p2-mode-r">Per responden</label>
              </div>
              <div>
                <input
                  type="radio"
                  id="p2-mode-i"
                  name="p2-mode"
                  checked={mode === "instansi"}
                  onChange={() => setMode("instansi")}
                />{" "}
                <label for="p2-mode-i">Per instansi (rata-rata respondennya)</label>
              </div>
            </fieldset>
            <div class="p2-field">
              <input
                type="checkbox"
                id="p2-anon"
                checked={anonymous}
                onChange={(e) => setAnonymous((e.currentTarget as HTMLInputElement).checked)}
              />{" "}
              <label for="p2-anon">Mode anonim (sembunyikan nama dan nilai per responden)</label>
            </div>
            {anonymous && (
              <div class="p2-field">
                <label for="p2-threshold">Jumlah responden minimal untuk mode anonim</label>{" "}
                <select
                  id="p2-threshold"
                  value={String(threshold)}
                  onChange={(e) => setThreshold(Number((e.currentTarget as HTMLSelectElement).value))}
                >
                  {[3, 4, 5].map((n) => (
                    <option key={n} value={String(n)}>
                      {n}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </section>
          {anon && !anon.allowed ? (
            <section class="p2-report" aria-labelledby="p2-report-title">
              <h2 id="p2-report-title">Hasil perbandingan</h2>
              <p class="box asm-message" id="p2-anon-reason">
                {anon.reason}
              </p>
              <p>
                Rata-rata indeks keseluruhan dari {anon.respondents} responden:{" "}
                <strong>{formatMean(anon.overall)}</strong> dari 5.
              </p>
            </section>
          ) : Report ? (
            <Report
              bank={bank}
              c={anon?.allowed ? anon.comparison : compareResults(bank, inputs, mode)}
              anonymous={anonymous}
            />
          ) : (
            <p role="status">Menyiapkan perbandingan…</p>
          )}
        </>
      )}
    </div>
  );
}
