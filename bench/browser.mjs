// Time from the shortcut to the panel on screen, in headless Chromium with the built extension,
// over the benchmark pages served from 127.0.0.1 (no request leaves the machine: the pages are
// served with a same-origin-only policy and the browser resolves no other host).
//
// Each page is opened in a fresh tab and loaded; then the extension's action is fired the way
// Alt+Shift+S fires it (`_execute_action`, through the DevTools protocol's
// Extensions.triggerAction), and the clock runs until the panel notes the first frame after
// the answer was drawn (`data-shown-at` on its host element, epoch ms). What is timed is what a
// person waits for: injecting the panel script, serializing the page, the message to the
// background, the wasm analysis, the answer back, building the panel and the next frame.
// Four figures: pressed the moment the page's load event fires; half a second later (a person
// glancing at the headline first), when the page's own after-load work is done; pressed again
// on the same tab after closing the panel, once the tab's one-time costs are paid; and, over
// every fourth page, pressed after the extension's background was stopped, as the browser
// stops it after 30 idle seconds (a person reading one article, then opening the next): the
// background starts again, compiles the wasm and runs it for the first time.
//
// The browser is driven through the bare DevTools protocol (bench/lean-browser.mjs): nothing
// listens to the tab but the press and the wait for the panel, as in a person's browser.
// `--playwright` drives it as the tests do instead; playwright's own listeners on every tab and
// worker add some 9 ms to the median press on this machine (session 25, runs in turn).
//
// `node bench/browser.mjs [--playwright]` prints one JSON line per run: median, p95, max and
// total ms, the three slowest pages with their parts, and the median parts.
import fs from "node:fs";
import { serveFixtures } from "../tests/e2e/harness.mjs";
import { launchDriven, partsReport } from "./press.mjs";
import { launchLean } from "./lean-browser.mjs";
import { PAGES_DIR, stats } from "./timing.mjs";

const names = fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith(".html")).sort().slice(0, +(process.env.PAGES ?? 1000));
const site = await serveFixtures({ bench: PAGES_DIR });
const run = process.argv.includes("--playwright") ? await launchDriven() : await launchLean();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * On one page: the first press, and (with `again`) a second one after closing the panel, when
 * the tab has paid its one-time costs (the panel script compiled, the message channel open,
 * the panel's fonts and styles resolved).
 */
async function timeOne(name, settleMs, again = false, asleep = false) {
  const tab = await run.open(`${site.origin}/bench/${name}`);
  try {
    if (settleMs) await sleep(settleMs);
    if (asleep) await run.stopBackground();
    const first = await tab.pressAndTime();
    if (!again) return [first];
    await tab.closePanel();
    await sleep(200);
    return [first, await tab.pressAndTime()];
  } finally {
    await tab.close();
  }
}

try {
  // One page first, untimed: the background's wasm compiles once per browser start.
  await timeOne(names[0], 0);
  const report = (label, times) => {
    const slowest = [...times].sort((a, b) => b[0] - a[0]).slice(0, 3);
    const parts = times.map(([, , p]) => p);
    console.log(
      JSON.stringify({
        name: label,
        ...stats(times.map(([ms]) => ms)),
        pages: times.length,
        slowest: slowest.map(([ms, n, p]) => `${n.slice(0, 12)} ${ms.toFixed(0)} ms (${Object.values(p).map((x) => x.toFixed(0)).join("/")})`),
        "median parts": partsReport(parts),
      }),
    );
  };
  const atLoad = [];
  for (const name of names) {
    const [[ms, parts]] = await timeOne(name, 0);
    atLoad.push([ms, name, parts]);
  }
  report("pressed at the load event", atLoad);
  const later = [];
  const again = [];
  for (const name of names) {
    const [first, second] = await timeOne(name, 500, true);
    later.push([first[0], name, first[1]]);
    again.push([second[0], name, second[1]]);
  }
  report("pressed 500 ms after load", later);
  report("pressed again on the same tab", again);
  const asleep = [];
  for (const name of names.filter((_, i) => i % 4 === 0)) {
    const [[ms, parts]] = await timeOne(name, 500, false, true);
    asleep.push([ms, name, parts]);
  }
  report("pressed after background slept", asleep);
} finally {
  await run.close();
  await site.close();
}
