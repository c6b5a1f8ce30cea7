// Time Lede's wasm build in node over the benchmark pages (the same build the extension runs).
import fs from "node:fs";
import path from "node:path";
import { pages, stats, ROOT } from "./timing.mjs";
import init, { analyze } from "../extension/pkg/lede.js";

await init({ module_or_path: fs.readFileSync(path.join(ROOT, "extension/pkg/lede_bg.wasm")) });
const times = [];
let bytes = 0;
for (const [, html] of pages()) {
  bytes += Buffer.byteLength(html);
  const t0 = performance.now();
  try {
    analyze(html, undefined, { date: "2026-11-26" });
  } catch {}
  times.push(performance.now() - t0);
}
console.log(JSON.stringify({ name: "Lede (wasm, node)", pipeline: stats(times), bytes }));
