// Lede's background: the one place the wasm core runs (a service worker in Chromium, a
// background script in Firefox). A click on the toolbar button or Alt+Shift+S injects the
// panel script into the current tab (activeTab grants that tab only); the panel sends the
// page's HTML here and gets the analysis back. Nothing leaves the machine.
import init, { analyze, analyzeArticle } from "./pkg/lede.js";

const ext = globalThis.browser ?? globalThis.chrome;
const wasmReady = init({ module_or_path: new URL("./pkg/lede_bg.wasm", import.meta.url) });

/**
 * A background that Chromium has stopped after 30 idle seconds starts afresh on the next press,
 * and the engine compiles each function of the wasm the first time it runs: the first analysis
 * of a real page then took 80 ms where a warm one takes 5 to 20. So a press on a fresh
 * background first runs a short made-up article through the wasm, while the panel script is
 * injected and the page serialized (after asking for the injection, which must not wait
 * behind it): the real analysis then finds the code compiled (bench/browser.mjs, "pressed
 * after background slept").
 */
const WARM_UP_PAGE =
  "<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1><p>By Jane Doe</p>" +
  "<p>Mayor Jane Smith said on Monday, April 1, that the city of Boston would “build more homes” next year, officials said.</p>" +
  "<p>“We will,” Smith, 45, told the Globe. The council and the Boston Housing Authority agreed two days later.</p></article></body></html>";
let warm = false;
function warmUp() {
  if (warm) return;
  warm = true;
  try {
    analyze(WARM_UP_PAGE, undefined, { date: "2024-04-01" });
  } catch {}
}
const panelCss = fetch(new URL("./panel.css", import.meta.url)).then((r) => r.text());

/** Today's date in the user's time zone, for pages that carry no date. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The analysis as the panel needs it: without the article's full text and paragraphs, which
 * it never shows (the sentences carry their own text). Smaller messages cross faster, and a
 * message may not exceed 64 MiB. Copy renders from the full analysis kept here.
 */
function forPanel(analysis) {
  const { text, paragraphs, ...shown } = analysis;
  return shown;
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

/**
 * Open (or close) the panel on a tab. With `want` = "selection" (the context menu), the panel
 * reads the selected text only.
 */
async function openPanel(tab, want) {
  if (!tab || tab.id === undefined) return;
  const target = { tabId: tab.id };
  // Inject first: the person is waiting.
  const injected = (
    want
      ? ext.scripting.executeScript({ target, func: (w) => (globalThis.__ledeWant = w), args: [want], injectImmediately: true })
      : Promise.resolve()
  ).then(() => ext.scripting.executeScript({ target, files: ["panel.js"], injectImmediately: true }));
  wasmReady.then(() => setTimeout(warmUp, 0));
  try {
    await injected;
    // Clear an earlier problem from the button once the panel script runs: asked for before,
    // these calls held the injection back (A/B, 0.5 to 1.2 ms on a tab's first press).
    ext.action.setBadgeText({ tabId: tab.id, text: "" }).catch(() => {});
    ext.action.setTitle({ tabId: tab.id, title: "Summarize with Lede (Alt+Shift+S)" }).catch(() => {});
  } catch (e) {
    const url = tab.url || "";
    const why = /\.pdf($|[?#])/i.test(url)
      ? "Lede cannot read PDF files in the browser's viewer."
      : "Lede cannot read this page (browser pages, the web store and some viewers do not allow extensions).";
    await explain(tab.id, why);
  }
}

ext.action.onClicked.addListener((tab) => openPanel(tab));
// For the background's DevTools console and the end-to-end tests (which cannot click a
// context-menu item): `lede.openPanel(tab, "selection")` is what the menu item does.
globalThis.lede = { openPanel };

// "Summarize selection with Lede" on selected text. A click on a context-menu item grants
// activeTab on that tab, as the toolbar button does.
const menus = ext.contextMenus ?? ext.menus;
function addMenu() {
  menus?.create({ id: "lede-selection", title: "Summarize selection with Lede", contexts: ["selection"] }, () => void ext.runtime.lastError);
}
ext.runtime.onInstalled.addListener(addMenu);
ext.runtime.onStartup?.addListener(addMenu);
menus?.onClicked.addListener((info, tab) => {
  if (info.menuItemId === "lede-selection") openPanel(tab, "selection");
});

/** The last analysed article per tab (held in wasm), so that the panel's Copy can render it at
 * any length. Each is freed when replaced or when its tab closes. */
const lastArticle = new Map();
function keepArticle(tabId, article) {
  lastArticle.get(tabId)?.free();
  if (article) lastArticle.set(tabId, article);
  else lastArticle.delete(tabId);
}
/** Parts of a huge page on their way in, per tab. */
const pageParts = new Map();

ext.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || typeof msg.type !== "string" || !msg.type.startsWith("lede:")) return false;
  const tabId = sender.tab?.id;
  (async () => {
    if (msg.type === "lede:css") return { css: await panelCss };
    await wasmReady;
    if (msg.type === "lede:options") {
      await ext.runtime.openOptionsPage();
      return { ok: true };
    }
    if (msg.type === "lede:part") {
      // Part of a page too big for one message; `lede:analyze` with `parts` joins them.
      if (msg.index === 0) pageParts.set(tabId, []);
      pageParts.get(tabId)?.push(String(msg.text));
      return { ok: true };
    }
    if (msg.type === "lede:analyze") {
      const started = performance.now();
      const receivedAt = performance.timeOrigin + started;
      let input = msg.input;
      if (msg.parts !== undefined) {
        const parts = pageParts.get(tabId) ?? [];
        pageParts.delete(tabId);
        if (parts.length !== msg.parts) return { error: "Lede lost part of this page on the way; try again.", css: await panelCss };
        input = parts.join("");
      }
      try {
        warm = true;
        const article = analyzeArticle(input, msg.url ?? undefined, { date: today(), raw: !!msg.raw, title: msg.raw ? msg.title : undefined });
        const analysis = article.analysis;
        if (tabId !== undefined) keepArticle(tabId, article);
        else article.free();
        const ms = performance.now() - started;
        return { analysis: forPanel(analysis), css: await panelCss, ms, receivedAt, repliedAt: performance.timeOrigin + performance.now() };
      } catch (e) {
        return { error: String(e?.message ?? e), css: await panelCss };
      }
    }
    if (msg.type === "lede:render") {
      const article = tabId !== undefined ? lastArticle.get(tabId) : undefined;
      if (!article) return { error: "Nothing to copy yet." };
      return { text: article.render(msg.format, msg.sentences) };
    }
    return { error: `unknown request ${msg.type}` };
  })().then(sendResponse, (e) => sendResponse({ error: String(e?.message ?? e) }));
  return true;
});

ext.tabs?.onRemoved?.addListener((tabId) => {
  keepArticle(tabId, undefined);
  pageParts.delete(tabId);
});
