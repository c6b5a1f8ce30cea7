#!/usr/bin/env bash
# Install what a fresh machine lacks to build and test Lede: the wasm target, wasm-bindgen-cli
# at the version in Cargo.lock, binaryen's wasm-opt, Debian's Chromium and Firefox, and the
# test tools from npm. Safe to run again: it installs only what is missing.
#   scripts/setup.sh            everything
#   scripts/setup.sh --no-browsers   what building and the demo need
set -euo pipefail
cd "$(dirname "$0")/.."
browsers=1
[ "${1:-}" = "--no-browsers" ] && browsers=0

apt_missing=()
command -v wasm-opt >/dev/null 2>&1 || apt_missing+=(binaryen)
command -v node >/dev/null 2>&1 || apt_missing+=(nodejs npm)
if [ "$browsers" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || apt_missing+=(chromium)
  command -v firefox-esr >/dev/null 2>&1 || apt_missing+=(firefox-esr)
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  echo "setup: installing ${apt_missing[*]} from Debian"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "setup: installing wasm-bindgen-cli $want (about two minutes)"
  # --locked builds it with the versions its own release pinned; a registry mirror that lacks
  # one of them (webpki-roots 1.0.11 was missing from this machine's on 2026-11-27) gets
  # the newest it has that fits instead.
  cargo install wasm-bindgen-cli --version "$want" --locked --quiet ||
    { echo "setup: retrying without --locked"; cargo install wasm-bindgen-cli --version "$want" --quiet; }
fi

if [ "$browsers" = 1 ] || [ ! -d tests/e2e/node_modules ]; then
  if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules ]; then
    echo "setup: installing the browser-test tools from npm"
    (cd tests/e2e && npm ci --no-audit --no-fund --silent)
  fi
fi
