#!/usr/bin/env bash
# Build the wasm core (release) with wasm-bindgen into the extension and the www page,
# then shrink it with wasm-opt when binaryen is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --target wasm32-unknown-unknown --lib --quiet
out=extension/pkg
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen target/wasm32-unknown-unknown/release/lede.wasm --out-dir "$out" --target web --no-typescript
if command -v wasm-opt >/dev/null 2>&1; then
  wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$out/lede_bg.wasm" -o "$out/lede_bg.opt.wasm" && mv "$out/lede_bg.opt.wasm" "$out/lede_bg.wasm"
fi
# The www page runs the same wasm and the same panel code.
rm -rf www/pkg && cp -r "$out" www/pkg
cp extension/panel.js extension/panel.css www/
cp tests/fixtures/seed.txt www/seed.txt
printf 'wasm: %s bytes, %s bytes gzipped\n' "$(stat -c %s "$out/lede_bg.wasm")" "$(gzip -9c "$out/lede_bg.wasm" | wc -c)"
