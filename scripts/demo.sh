#!/usr/bin/env bash
# Run Lede on a fresh machine: build the CLI and the wasm, print the seed article's analysis,
# and serve the www demo (the same wasm and panel as the extension) on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --no-browsers
cargo build --release --quiet
scripts/build-wasm.sh
echo
echo "== lede tests/fixtures/seed.txt"
./target/release/lede tests/fixtures/seed.txt
echo
echo "The extension is built in ./extension: load it unpacked in Chromium (chrome://extensions,"
echo "Developer mode, Load unpacked) or Firefox (about:debugging, Load Temporary Add-on, manifest.json)."
exec node scripts/serve.mjs www "${PORT:-8000}"
