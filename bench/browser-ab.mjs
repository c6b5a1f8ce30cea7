// Two builds of the extension side by side in one Chromium, pressed in turn on the same pages:
// a change's effect on the first press, measured where the machine's drift between runs (as
// wide as the effects sought, on this machine) falls on both alike.
//
//   node bench/browser-ab.mjs A_DIR [B_DIR]
//
// A_DIR and B_DIR are built extension folders (B_DIR defaults to extension/; for A, a
// worktree of another commit, with scripts/build-wasm.sh run there or its pkg/ copied in).
// Each page is opened in a fresh tab per build, the builds' order alternating from page to
// page, and pressed at the load event and, in another tab, half a second after it. Prints per
// build median, p95 and the median parts, and the median of the per-page differences B − A.
import path from "node:path";
import fs from "node:fs";
import { serveFixtures, testExtensionCopy, EXTENSION } from "../tests/e2e/harness.mjs";
import { launchLean } from "./lean-browser.mjs";
import { partsReport, median } from "./press.mjs";
import { PAGES_DIR, stats } from "./timing.mjs";

const [dirA, dirB = EXTENSION] = process.argv.slice(2).map((d) => path.resolve(d));
if (!dirA) {
  console.error("usage: node bench/browser-ab.mjs A_DIR [B_DIR]");
  process.exit(2);
}
const names = fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith(".html")).sort().slice(0, +(process.env.PAGES ?? 1000));
const site = await serveFixtures({ bench: PAGES_DIR });
const run = await launchLean({ extensions: [testExtensionCopy(dirA, "Lede A"), testExtensionCopy(dirB, "Lede B")] });
const builds = { A: run.extensionIds["Lede A"], B: run.extensionIds["Lede B"] };

async function timeOne(name, settleMs, id) {
  const tab = await run.open(`${site.origin}/bench/${name}`);
  try {
    if (settleMs) await new Promise((r) => setTimeout(r, settleMs));
    return await tab.pressAndTime(id);
  } finally {
    await tab.close();
  }
}

try {
  // Untimed: each background compiles its wasm once per browser start.
  for (const id of Object.values(builds)) await timeOne(names[0], 0, id);
  for (const settleMs of [0, 500]) {
    const times = { A: [], B: [] };
    const diffs = [];
    for (const [i, name] of names.entries()) {
      const order = i % 2 ? ["B", "A"] : ["A", "B"];
      const got = {};
      for (const build of order) got[build] = await timeOne(name, settleMs, builds[build]);
      for (const build of order) times[build].push(got[build]);
      diffs.push(got.B[0] - got.A[0]);
    }
    for (const build of ["A", "B"]) {
      const { median: med, p95 } = stats(times[build].map(([ms]) => ms));
      console.log(JSON.stringify({ build, pressed: settleMs ? `${settleMs} ms after load` : "at the load event", median: +med.toFixed(1), p95: +p95.toFixed(1), "median parts": partsReport(times[build].map(([, p]) => p)) }));
    }
    const faster = diffs.filter((d) => d < 0).length;
    console.log(JSON.stringify({ "B − A median ms": +median(diffs).toFixed(1), "B faster on": `${faster} of ${diffs.length} pages` }));
  }
} finally {
  await run.close();
  await site.close();
}
