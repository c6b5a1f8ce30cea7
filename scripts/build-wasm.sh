#!/usr/bin/env bash
# Build the wasm core (release) with wasm-bindgen into the extension and the www page.
# wasm-opt (Debian's binaryen) runs on rustc's output *before* wasm-bindgen: the older binaryen
# in Debian rewrites wasm-bindgen's externref table into one that browsers refuse.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --target wasm32-unknown-unknown --lib --quiet
raw=target/wasm32-unknown-unknown/release/lede.wasm
if command -v wasm-opt >/dev/null 2>&1; then
  mkdir -p target/wasm-opt
  wasm-opt -O3 --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types "$raw" -o target/wasm-opt/lede.wasm
  raw=target/wasm-opt/lede.wasm
fi
out=extension/pkg
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen "$raw" --out-dir "$out" --out-name lede --target web --no-typescript
# The www page runs the same wasm and the same panel code.
rm -rf www/pkg && cp -r "$out" www/pkg
cp extension/panel.js extension/panel.css www/
cp tests/fixtures/seed.txt www/seed.txt
printf 'wasm: %s bytes, %s bytes gzipped\n' "$(stat -c %s "$out/lede_bg.wasm")" "$(gzip -9c "$out/lede_bg.wasm" | wc -c)"
