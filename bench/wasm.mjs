// Time Lede's wasm build in node over the benchmark pages (the same build the extension runs).
import fs from "node:fs";
import path from "node:path";
import { pages, stats, ROOT } from "./timing.mjs";
import init, { analyze } from "../extension/pkg/lede.js";

await init({ module_or_path: fs.readFileSync(path.join(ROOT, "extension/pkg/lede_bg.wasm")) });
// A first round pays for the engine's compiling and tiering-up of the wasm: it is printed apart
// as the cold round. Then three rounds, as the native benchmark runs; totals are per round.
const all = pages();
const bytes = all.reduce((n, [, html]) => n + Buffer.byteLength(html), 0);
const rounds = [];
for (let r = 0; r < 4; r++) {
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
const warm = rounds.slice(1);
const s = stats(warm.flat());
s.total /= warm.length;
console.log(JSON.stringify({ name: "Lede (wasm, node)", pipeline: s, cold: stats(rounds[0]), bytes }));
