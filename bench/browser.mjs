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
// Two runs: pressed the moment the page's load event fires, and half a second later (a person
// glancing at the headline first), when the page's own after-load work is done.
//
// `node bench/browser.mjs` prints one JSON line per run: median, p95, max and total ms.
import fs from "node:fs";
import { launchChromium, serveFixtures, toolbarButtonOf } from "../tests/e2e/harness.mjs";
import { PAGES_DIR, stats } from "./timing.mjs";

const names = fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith(".html")).sort();
const site = await serveFixtures({ bench: PAGES_DIR });
const run = await launchChromium();

/** Milliseconds from the press to the answer on screen, on one page. */
async function timeOne(name, settleMs) {
  const page = await run.context.newPage();
  try {
    await page.goto(`${site.origin}/bench/${name}`, { waitUntil: "load" });
    if (settleMs) await page.waitForTimeout(settleMs);
    const press = await toolbarButtonOf(run, page);
    const pressedAt = performance.timeOrigin + performance.now();
    await press();
    const host = page.locator("lede-panel[data-shown-at]");
    await host.waitFor({ state: "attached", timeout: 20000 });
    return Number(await host.getAttribute("data-shown-at")) - pressedAt;
  } finally {
    await page.close();
  }
}

try {
  // One page first, untimed: the background's wasm compiles once per browser start.
  await timeOne(names[0], 0);
  for (const settleMs of [0, 500]) {
    const times = [];
    for (const name of names) times.push([await timeOne(name, settleMs), name]);
    const slowest = [...times].sort((a, b) => b[0] - a[0]).slice(0, 3);
    console.log(
      JSON.stringify({
        name: settleMs ? `pressed ${settleMs} ms after load` : "pressed at the load event",
        ...stats(times.map(([ms]) => ms)),
        pages: times.length,
        slowest: slowest.map(([ms, n]) => `${n.slice(0, 12)} ${ms.toFixed(0)} ms`),
      }),
    );
  }
} finally {
  await run.close();
  await site.close();
}
