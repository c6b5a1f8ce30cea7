// One press of the extension's action on a tab, timed from the press to the answer on screen,
// with the parts the panel stamps on its way (shared by bench/browser.mjs and
// bench/browser-ab.mjs).
import { toolbarButtonOf } from "../tests/e2e/harness.mjs";

/**
 * Milliseconds from a press to the answer on screen. The wait for the panel is a promise set up
 * in the page before the press (a MutationObserver on the one attribute), not a locator: the
 * test driver's own helper script, injected into the page at its first locator call, would
 * otherwise compile on the page's main thread in the middle of the first press (12 ms measured
 * in a trace) and be counted as Lede's.
 */
export async function pressAndTime(run, page, extensionId = run.extensionId) {
  await page.evaluate(() => {
    globalThis.__ledeShown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const host = document.querySelector("lede-panel[data-shown-at]");
        if (!host) return;
        observer.disconnect();
        resolve([Number(host.dataset.shownAt), host.dataset.stamps]);
      });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-shown-at"], subtree: true });
    });
  });
  const press = await toolbarButtonOf(run, page, extensionId);
  const pressedAt = performance.timeOrigin + performance.now();
  await press();
  const [shownAt, stamps] = await Promise.race([
    page.evaluate(() => globalThis.__ledeShown),
    new Promise((_, reject) => setTimeout(() => reject(new Error("no panel within 20 s")), 20000).unref()),
  ]);
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
