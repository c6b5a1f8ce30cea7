#!/usr/bin/env bash
# Lede's benchmarks, beside the peers in the same run (figures, never assertions):
#  - the full analysis natively (in-process, per page) and through `lede --format jsonl` (one
#    process for all 102 pages), the wasm build in node, and Readability.js + compromise on node
#    with linkedom and with jsdom, over ../shared/data/extraction-benchmark; ratios printed;
#  - the released wasm's size, raw and gzipped;
#  - peak memory for a 10 MB page;
#  - time per MB on pathological pages of 1, 4 and 16 MB;
#  - instruction counts of the native run under callgrind, when valgrind is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${LEDE_DATA:-../shared/data}/extraction-benchmark/html
scripts/setup.sh --no-browsers >/dev/null
(cd bench && [ -d node_modules ] || npm ci --no-audit --no-fund --silent)
cargo build --release --quiet --bin lede --examples
scripts/build-wasm.sh >/dev/null

echo "== Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "== Full analysis over $(ls "$pages" | wc -l) benchmark pages ($(du -sm "$pages" | cut -f1) MB)"
native=$(./target/release/examples/bench "$pages" 3)
start=$(date +%s.%N)
./target/release/lede "$pages"/*.html --format jsonl > /dev/null
cli_s=$(echo "$(date +%s.%N) - $start" | bc)
wasm=$(node bench/wasm.mjs)
# The fastest Rust extractors, extraction only, scored with the benchmark's own metric.
cargo build --release --quiet --manifest-path bench/rust-peers/Cargo.toml
rust_peers=$(mktemp)
bench/rust-peers/target/release/rust-peers "$pages" > "$rust_peers"
rust_scores=$(./target/release/examples/eval extraction-texts "$rust_peers")
lede_score=$(./target/release/examples/eval extraction | head -1)
linkedom=$(node bench/peers.mjs linkedom)
jsdom=$(node bench/peers.mjs jsdom)
node - "$native" "$wasm" "$linkedom" "$jsdom" "$cli_s" "$rust_peers" "$rust_scores" "$lede_score" <<'JS'
const fs = require("fs");
const [native, wasm, linkedom, jsdom] = process.argv.slice(2, 6).map((s) => JSON.parse(s));
const cli = parseFloat(process.argv[6]) * 1000;
const rustPeers = fs.readFileSync(process.argv[7], "utf8").trim().split("\n").map((l) => JSON.parse(l));
const rustScores = Object.fromEntries(process.argv[8].trim().split("\n").map((l) => JSON.parse(l)).map((s) => [s.name, s]));
const ledeScore = process.argv[9];
const row = (name, s) => console.log(`  ${name.padEnd(44)} median ${s.median.toFixed(2).padStart(7)} ms  p95 ${s.p95.toFixed(2).padStart(7)} ms  max ${s.max.toFixed(1).padStart(7)} ms  total ${s.total.toFixed(0).padStart(6)} ms`);
row("Lede, native (in-process)", native.pipeline);
row("  of which extraction (page to article)", native.extraction);
console.log(`  ${"Lede, lede --format jsonl (one process)".padEnd(44)} total ${cli.toFixed(0)} ms wall, ${(native.bytes / 1048576 / (cli / 1000)).toFixed(1)} MB/s`);
row("Lede, wasm in node (3 rounds after a cold one)", wasm.pipeline);
row("  the cold first round (compiling, tiering up)", wasm.cold);
for (const p of rustPeers) {
  const sc = rustScores[p.name];
  row(`${p.name}, extraction only (F1 ${sc.f1.toFixed(3)}, exact ${(100 * sc.exact).toFixed(1)}%)`, p.extraction);
}
console.log(`  Lede's extraction on the same pages: ${ledeScore.replace(/^Extraction benchmark \(\d+ pages\): /, "")}`);
row(linkedom.name, linkedom.pipeline);
row("  of which Readability.js", linkedom.readability);
row("  of which compromise", linkedom.compromise);
row(jsdom.name, jsdom.pipeline);
console.log(`  native throughput ${(native.bytes / 1048576 / (native.pipeline.total / 1000)).toFixed(1)} MB/s`);
console.log(`  ratio: Readability.js + linkedom + compromise / Lede native = ${(linkedom.pipeline.total / native.pipeline.total).toFixed(1)}x (target ≥ 20x)`);
console.log(`  ratio: Readability.js + jsdom + compromise / Lede native = ${(jsdom.pipeline.total / native.pipeline.total).toFixed(1)}x`);
console.log(`  ratio: Readability.js (linkedom) / Lede extraction = ${(linkedom.readability.total / native.extraction.total).toFixed(1)}x (target ≥ 10x)`);
for (const p of rustPeers) {
  console.log(`  ratio: ${p.name} extraction / Lede's whole analysis = ${(p.extraction.total / native.pipeline.total).toFixed(2)}x (target > 1x for dom_smoothie)`);
}
console.log(`  ratio: Lede wasm / Lede native = ${(wasm.pipeline.total / native.pipeline.total).toFixed(2)}x once compiled (target ≤ 2x); the cold first round ${(wasm.cold.total / native.pipeline.total).toFixed(2)}x`);
JS

echo "== Size of the released wasm"
w=extension/pkg/lede_bg.wasm
echo "  $(stat -c %s $w) bytes, $(gzip -9c $w | wc -c) bytes gzipped (budget 409600 gzipped)"
# The largest contributors, from rustc's output before wasm-opt (it still has function names;
# custom sections are dropped from the release build).
command -v twiggy >/dev/null 2>&1 || cargo install twiggy --locked --quiet
echo "  largest contributors (twiggy, before wasm-opt and without its custom sections):"
twiggy top -n 18 target/wasm32-unknown-unknown/release/lede.wasm | grep -v -E "custom section|names\" subsection" | sed 's/^/    /'

echo "== Shortcut to panel on screen: headless Chromium, the built extension, the benchmark pages from 127.0.0.1 (driven through the bare DevTools protocol)"
if command -v chromium >/dev/null 2>&1; then
  (cd tests/e2e && [ -d node_modules ] || npm ci --no-audit --no-fund --silent)
  node bench/browser.mjs | node -e '
for (const line of require("fs").readFileSync(0, "utf8").trim().split("\n")) {
  const r = JSON.parse(line);
  console.log(`  ${r.name.padEnd(30)} median ${r.median.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(1).padStart(6)} ms  (${r.pages} pages; target p95 ≤ 50 ms, for a tab pressed with the background awake; slowest: ${r.slowest.join(", ")})`);
  console.log(`    median parts (ms): ${Object.entries(r["median parts"]).map(([k, v]) => `${k} ${v}`).join(" · ")}`);
}'
else
  echo "  (install chromium to time the extension)"
fi

echo "== Peak memory for a 10 MB page"
big=$(mktemp --suffix=.html)
python3 - "$big" "$pages" <<'PY'
import sys, os, glob
out, pages = sys.argv[1], sys.argv[2]
parts = [open(p, encoding="utf-8", errors="replace").read() for p in sorted(glob.glob(os.path.join(pages, "*.html")))]
body = "".join(parts)
while len(body.encode()) < 10 << 20:
    body += body
open(out, "w", encoding="utf-8").write(body.encode()[: 10 << 20].decode("utf-8", "ignore"))
PY
size=$(stat -c %s "$big")
rss=$( { /usr/bin/time -f "%M" ./target/release/lede "$big" --format json > /dev/null; } 2>&1 | tail -1)
echo "  page $(( size / 1048576 )) MB, peak RSS $(( rss / 1024 )) MB = $(echo "scale=1; $rss * 1024 / $size" | bc)x the page (target ≤ 10x)"
rm -f "$big" "$rust_peers"

echo "== Pathological pages (time per MB should stay flat)"
./target/release/examples/pathological 1 4 16 | node -e '
const rows = require("fs").readFileSync(0, "utf8").trim().split("\n").map(JSON.parse);
const kinds = [...new Set(rows.map((r) => r.kind))];
for (const k of kinds) {
  const rs = rows.filter((r) => r.kind === k);
  const ratio = rs[rs.length - 1].ms_per_mb / rs[0].ms_per_mb;
  console.log(`  ${k.padEnd(20)} ${rs.map((r) => `${r.mb} MB ${r.ms.toFixed(0)} ms`).join(", ").padEnd(48)} 16 MB/1 MB per-MB ratio ${ratio.toFixed(2)}  (${rs[0].outcome})`);
}'

if command -v valgrind >/dev/null 2>&1; then
  echo "== Instruction count (callgrind, native, all pages in one process)"
  valgrind --tool=callgrind --callgrind-out-file=/dev/null ./target/release/lede "$pages"/*.html --format jsonl 2>&1 >/dev/null | grep -E "Collected" | sed 's/^==[0-9]*== /  /'
fi
