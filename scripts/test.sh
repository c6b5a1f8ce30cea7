#!/usr/bin/env bash
# Run every test of Lede on a fresh machine: set up what is missing, then the Rust tests (unit,
# whole-page, evaluation floors, properties), the wasm build on the seed in node, and the
# extension end to end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "== cargo test"
cargo test --release --quiet
echo "== properties and fuzz regressions with overflow checks (debug profile)"
cargo test --quiet --test properties
echo "== wasm build"
scripts/build-wasm.sh
echo "== web-ext lint (the extension as addons.mozilla.org checks it)"
(cd tests/e2e && npx --no-install web-ext lint --source-dir ../../extension --self-hosted)
echo "== browser and wasm tests"
(cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec *.test.mjs)
echo "== all tests passed"
