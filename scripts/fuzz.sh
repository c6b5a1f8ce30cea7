#!/usr/bin/env bash
# Fuzz `analyze` with cargo-fuzz (libFuzzer) for a given time: `scripts/fuzz.sh [SECONDS]`
# (default 600). The corpus starts from the test fixtures and a few benchmark pages; an input
# that panics, breaks an invariant, takes over 10 s or 2 GB stops the run and is saved under
# fuzz/artifacts/analyze/. Copy it into tests/fuzz-regressions/ so that it stays a test
# (tests/properties.rs runs every file there).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
rustup toolchain list | grep -q nightly || rustup toolchain install nightly --profile minimal
corpus=fuzz/corpus/analyze
mkdir -p "$corpus"
if [ -z "$(ls -A "$corpus")" ]; then
  for f in tests/fixtures/* tests/fuzz-regressions/*; do [ -f "$f" ] && cp "$f" "$corpus/"; done
  pages=${LEDE_DATA:-../shared/data}/extraction-benchmark/html
  # The first 16 KB of a few real pages: small seeds keep the fuzzer fast.
  [ -d "$pages" ] && ls "$pages" | head -30 | while read -r p; do head -c 16384 "$pages/$p" > "$corpus/$p"; done
fi
exec cargo +nightly fuzz run analyze "$corpus" -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
