// Lede's background: the one place the wasm core runs (a service worker in Chromium, a
// background script in Firefox). A click on the toolbar button or Alt+Shift+S injects the
// panel script into the current tab (activeTab grants that tab only); the panel sends the
// page's HTML here and gets the analysis back. Nothing leaves the machine.
import init, { analyze, render } from "./pkg/lede.js";

const ext = globalThis.browser ?? globalThis.chrome;
const wasmReady = init({ module_or_path: new URL("./pkg/lede_bg.wasm", import.meta.url) });
const panelCss = fetch(new URL("./panel.css", import.meta.url)).then((r) => r.text());

/** Today's date in the user's time zone, for pages that carry no date. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Show a problem on the toolbar button of the tab, where the user clicked. */
async function explain(tabId, message) {
  try {
    await ext.action.setBadgeBackgroundColor({ tabId, color: "#b3261e" });
    await ext.action.setBadgeText({ tabId, text: "!" });
    await ext.action.setTitle({ tabId, title: `Lede: ${message}` });
  } catch {
    // The tab may be gone.
  }
}

async function openPanel(tab) {
  if (!tab || tab.id === undefined) return;
  // Inject first: the person is waiting. Clearing an earlier problem from the button can follow.
  const injected = ext.scripting.executeScript({ target: { tabId: tab.id }, files: ["panel.js"] });
  ext.action.setBadgeText({ tabId: tab.id, text: "" }).catch(() => {});
  ext.action.setTitle({ tabId: tab.id, title: "Summarize with Lede (Alt+Shift+S)" }).catch(() => {});
  try {
    await injected;
  } catch (e) {
    const url = tab.url || "";
    const why = /\.pdf($|[?#])/i.test(url)
      ? "Lede cannot read PDF files in the browser's viewer."
      : "Lede cannot read this page (browser pages, the web store and some viewers do not allow extensions).";
    await explain(tab.id, why);
  }
}

ext.action.onClicked.addListener(openPanel);

/** The last analysis per tab, so that the panel's Copy can re-render at any length. */
const lastAnalysis = new Map();

ext.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || typeof msg.type !== "string" || !msg.type.startsWith("lede:")) return false;
  const tabId = sender.tab?.id;
  (async () => {
    await wasmReady;
    if (msg.type === "lede:css") return { css: await panelCss };
    if (msg.type === "lede:analyze") {
      const started = performance.now();
      try {
        const analysis = analyze(msg.input, msg.url ?? undefined, { date: today() });
        if (tabId !== undefined) lastAnalysis.set(tabId, analysis);
        return { analysis, css: await panelCss, ms: performance.now() - started };
      } catch (e) {
        return { error: String(e?.message ?? e), css: await panelCss };
      }
    }
    if (msg.type === "lede:render") {
      const analysis = tabId !== undefined ? lastAnalysis.get(tabId) : undefined;
      if (!analysis) return { error: "Nothing to copy yet." };
      return { text: render(analysis, msg.format, msg.sentences) };
    }
    return { error: `unknown request ${msg.type}` };
  })().then(sendResponse, (e) => sendResponse({ error: String(e?.message ?? e) }));
  return true;
});

ext.tabs?.onRemoved?.addListener((tabId) => lastAnalysis.delete(tabId));
