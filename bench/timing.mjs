// Shared helpers for the benchmarks: the benchmark pages, and summary statistics of timings.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PAGES_DIR = process.env.LEDE_DATA
  ? path.join(process.env.LEDE_DATA, "extraction-benchmark/html")
  : path.join(ROOT, "../shared/data/extraction-benchmark/html");

/** The benchmark pages as [name, html] pairs, read once (decoding is not timed). */
export function pages() {
  return fs
    .readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(PAGES_DIR, f), "utf8")]);
}

/** median, p95, max and total of a list of milliseconds. */
export function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))];
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1], total: ms.reduce((a, b) => a + b, 0) };
}
