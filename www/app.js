// The www demo: the same wasm and the same panel as the extension, on pasted text or a dropped
// saved page. The page calls the wasm directly; there is no background to message.
import init, { analyzeArticle } from "./pkg/lede.js";

const area = document.getElementById("article");
const timing = document.getElementById("timing");
const css = fetch("panel.css").then((r) => r.text());
let ready = init({ module_or_path: new URL("./pkg/lede_bg.wasm", import.meta.url) });
/** The article on show, held in wasm for the Copy buttons; freed when the next one comes. */
let article;

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

const panel = new globalThis.__lede.Panel({
  closable: false,
  focusOnOpen: false,
  analyze: async (input) => {
    await ready;
    const t0 = performance.now();
    try {
      const next = analyzeArticle(input, undefined, { date: today() });
      article?.free();
      article = next;
      const analysis = article.analysis;
      timing.textContent = `Analysed in ${(performance.now() - t0).toFixed(1)} ms`;
      return { analysis, css: await css };
    } catch (e) {
      timing.textContent = "";
      return { error: String(e?.message ?? e), css: await css };
    }
  },
  render: async (_analysis, format, n) => article.render(format, n),
  // "Show in the page" selects the sentence in the text box.
  jump: (sentence) => {
    const at = area.value.indexOf(sentence.text.slice(0, 80));
    if (at < 0) return;
    area.focus();
    area.setSelectionRange(at, at + sentence.text.length);
    const before = area.value.slice(0, at).split("\n").length;
    area.scrollTop = Math.max(0, (before - 3) * parseFloat(getComputedStyle(area).lineHeight || "20"));
  },
});
panel.mount(document.getElementById("panel"));

function run() {
  panel.load(area.value, undefined);
}

/** Decode a dropped file as a browser would: BOM, UTF-8, a declared charset, else Windows-1252. */
async function readFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder("latin1").decode(bytes.slice(0, 4096));
    const m = /charset=["']?([\w-]+)/i.exec(head);
    try {
      return new TextDecoder(m ? m[1] : "windows-1252").decode(bytes);
    } catch {
      return new TextDecoder("windows-1252").decode(bytes);
    }
  }
}

async function load(file) {
  area.value = await readFile(file);
  run();
}

document.getElementById("go").addEventListener("click", run);
document.getElementById("file").addEventListener("change", (e) => e.target.files[0] && load(e.target.files[0]));
document.addEventListener("dragover", (e) => {
  e.preventDefault();
  document.body.classList.add("dragging");
});
document.addEventListener("dragleave", () => document.body.classList.remove("dragging"));
document.addEventListener("drop", (e) => {
  e.preventDefault();
  document.body.classList.remove("dragging");
  const file = e.dataTransfer?.files?.[0];
  if (file) load(file);
});

fetch("seed.txt")
  .then((r) => (r.ok ? r.text() : ""))
  .then((text) => {
    if (text && !area.value) area.value = text;
    run();
  });
