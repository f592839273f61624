#!/usr/bin/env bash
# Sets up everything on a fresh Debian 12 machine (as root) and runs all tests:
# the native suite (unit, conformance, golden, CLI, package), then the
# WebAssembly/JS suite (Node API, Catch2 in WASM, identity, browser).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
for suite in scripts/test-js.sh scripts/test-xss.sh scripts/test-hardening.sh; do
  if [ -f "$suite" ]; then bash "$suite"; fi
done
