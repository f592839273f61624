#!/usr/bin/env bash
# Builds the WebAssembly package and runs the JS side of the test suite:
#   1. the Catch2 suite compiled with em++, under Node (ctest in build-wasm/)
#   2. node:test files in tests/js/: package API, Node CLI, npm pack + offline
#      install, native/Wasm identity, browser tests in Debian's Chromium (the
#      demo, the element, examples/browser), examples/node-script, the Node
#      batch against the native one, the static-site demo, the real-world
#      corpus (nothing a reader sees lost), the browser build's post-link
#      steps (function order, merged data segments), its size budget (.wasm +
#      glue ≤ 150 KB gzip) and the largest function of each build.
# GALLEY_NATIVE_CLI names the native tool for the identity test; by default
# build/bin/galley is brought up to date (or build-wasm-native/ is built).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"   # Debian's emcc needs its acorn

# Test tooling from npm (playwright-core drives Debian's Chromium; nothing is downloaded for it).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

echo "== WebAssembly build (package and Catch2 suite)"
node bindings/js/scripts/build.mjs --with-tests
cmake --build build-wasm --parallel 2

echo "== Catch2 suite under Node"
ctest --test-dir build-wasm --output-on-failure

if [ -z "${GALLEY_NATIVE_CLI:-}" ]; then
  if [ -f build/CMakeCache.txt ] && grep -q '^GALLEY_BUILD_CLI:BOOL=ON' build/CMakeCache.txt; then
    cmake --build build --target galley --parallel 2
    export GALLEY_NATIVE_CLI="$root/build/bin/galley"
  else
    cmake --preset native-tool >/dev/null
    cmake --build build-wasm-native --target galley --parallel 2
    export GALLEY_NATIVE_CLI="$root/build-wasm-native/bin/galley"
  fi
fi

echo "== JS tests"
node --test --test-concurrency=1 \
  tests/js/api.test.mjs tests/js/cli.test.mjs tests/js/pack.test.mjs \
  tests/js/types.test.mjs tests/js/identity.test.mjs tests/js/browser.test.mjs tests/js/examples.test.mjs \
  tests/js/demo-server.test.mjs tests/js/batch.test.mjs tests/js/site.test.mjs tests/js/size.test.mjs \
  tests/js/schemas.test.mjs tests/js/real-world.test.mjs tests/js/order-functions.test.mjs \
  tests/js/merge-data-segments.test.mjs tests/js/function-size.test.mjs
