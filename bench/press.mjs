// One press of the extension's action on a tab, timed from the press to the answer on screen,
// with the parts the panel stamps on its way (shared by bench/browser.mjs,
// bench/browser-ab.mjs and bench/trace-press.mjs), and the browser driven by playwright as the
// tests drive it (`launchDriven`: bench/lean-browser.mjs has the same calls without playwright).
import { launchChromium, toolbarButtonOf } from "../tests/e2e/harness.mjs";

/**
 * Milliseconds from a press to the answer on screen. The wait for the panel is a promise set up
 * in the page before the press (a MutationObserver on the one attribute), not a locator: the
 * test driver's own helper script, injected into the page at its first locator call, would
 * otherwise compile on the page's main thread in the middle of the first press (12 ms measured
 * in a trace) and be counted as Lede's.
 */
export async function pressAndTime(run, page, extensionId = run.extensionId) {
  await page.evaluate(WATCH_FOR_PANEL);
  const press = await toolbarButtonOf(run, page, extensionId);
  const pressedAt = performance.timeOrigin + performance.now();
  await press();
  const [shownAt, stamps] = await withinTwentySeconds(page.evaluate(() => globalThis.__ledeShown));
  return pressTiming(pressedAt, shownAt, stamps);
}

/** Set up in the page before a press: `globalThis.__ledeShown` resolves when the panel is on screen. */
export const WATCH_FOR_PANEL = `globalThis.__ledeShown = new Promise((resolve) => {
  const observer = new MutationObserver(() => {
    const host = document.querySelector("lede-panel[data-shown-at]");
    if (!host) return;
    observer.disconnect();
    resolve([Number(host.dataset.shownAt), host.dataset.stamps]);
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-shown-at"], subtree: true });
}); undefined`;

export function withinTwentySeconds(promise) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("no panel within 20 s")), 20000).unref())]);
}

/** The whole press in ms, and its parts from the stamps the panel noted on its way. */
export function pressTiming(pressedAt, shownAt, stamps) {
  const s = JSON.parse(stamps || "{}");
  const parts = {
    "press → panel script": s.opened - pressedAt,
    "script → page sent": s.sent - s.opened,
    "page to background": s.received - s.sent,
    "analysis (wasm)": s.analysisMs ?? 0,
    "answer to page": s.answered - s.replied,
    "panel built": s.rendered - s.answered,
    "layout and paint": shownAt - s.rendered,
  };
  return [shownAt - pressedAt, parts];
}

export function median(xs) {
  const v = [...xs].sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : 0;
}
/** The median of each part over the presses, to see where the time goes. */
export function partsReport(all) {
  const out = {};
  for (const key of Object.keys(all[0] ?? {})) out[key] = +median(all.map((p) => p[key])).toFixed(1);
  return out;
}

/**
 * Chromium with the extension, driven by playwright: the same calls as `launchLean` in
 * bench/lean-browser.mjs, for `node bench/browser.mjs --playwright`, which shows what the tests'
 * driver adds to each press.
 */
export async function launchDriven(options = {}) {
  const run = await launchChromium(options);
  return {
    extensionId: run.extensionId,
    extensionIds: run.extensionIds,
    async open(url) {
      const page = await run.context.newPage();
      await page.goto(url, { waitUntil: "load" });
      return {
        pressAndTime: (id = run.extensionId) => pressAndTime(run, page, id),
        async closePanel() {
          await page.keyboard.press("Escape");
          await page.locator("lede-panel").waitFor({ state: "detached" });
        },
        close: () => page.close(),
      };
    },
    async stopBackground() {
      const cdp = await run.browser.newBrowserCDPSession();
      try {
        const ours = async () =>
          (await cdp.send("Target.getTargets")).targetInfos.filter((t) => t.type === "service_worker" && t.url.startsWith(`chrome-extension://${run.extensionId}/`));
        for (const worker of await ours()) await cdp.send("Target.closeTarget", { targetId: worker.targetId });
        for (let i = 0; (await ours()).length; i++) {
          if (i > 100) throw new Error("the background did not stop");
          await new Promise((r) => setTimeout(r, 50));
        }
        await new Promise((r) => setTimeout(r, 300));
      } finally {
        await cdp.detach();
      }
    },
    close: () => run.close(),
  };
}
