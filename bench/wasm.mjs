// Time Lede's wasm build in node over the benchmark pages (the same build the extension runs).
import fs from "node:fs";
import path from "node:path";
import { pages, stats, ROOT } from "./timing.mjs";
import init, { analyze } from "../extension/pkg/lede.js";

await init({ module_or_path: fs.readFileSync(path.join(ROOT, "extension/pkg/lede_bg.wasm")) });
// Three rounds, as the native benchmark runs: the first pays for the engine's tiering-up of the
// wasm (printed apart as the cold round), the totals are per round.
const all = pages();
const bytes = all.reduce((n, [, html]) => n + Buffer.byteLength(html), 0);
const rounds = [];
for (let r = 0; r < 3; r++) {
  const times = [];
  for (const [, html] of all) {
    const t0 = performance.now();
    try {
      analyze(html, undefined, { date: "2026-11-26" });
    } catch {}
    times.push(performance.now() - t0);
  }
  rounds.push(times);
}
const flat = rounds.flat();
const s = stats(flat);
s.total /= rounds.length;
console.log(JSON.stringify({ name: "Lede (wasm, node)", pipeline: s, cold: stats(rounds[0]), bytes }));
