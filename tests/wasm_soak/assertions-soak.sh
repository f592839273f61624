#!/usr/bin/env bash
# The WebAssembly soak against a module linked with Emscripten's runtime
# checks (-sASSERTIONS=1: heap and stack checks, argument checks in the glue).
# Builds the fast flavour (the Node default) into build-hardening-wasm/ (a few
# minutes), puts the result into a copy of the JS package and runs
# tests/wasm_soak/soak.mjs on that copy, with Node presented as a worker
# (as_worker.mjs) since the asserting glue refuses Node.
#   bash tests/wasm_soak/assertions-soak.sh [soak.mjs arguments...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
build="${GALLEY_ASSERTIONS_BUILD:-build-hardening-wasm}"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"   # Debian's emcc needs its acorn

bash scripts/fetch-md4c.sh
emcmake cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DGALLEY_BUILD_WASM=ON -DGALLEY_BUILD_CLI=OFF \
  -DGALLEY_BUILD_TESTS=OFF -DGALLEY_WASM_FLAVOR=fast "-DCMAKE_EXE_LINKER_FLAGS=-sASSERTIONS=1" >/dev/null
cmake --build "$build" --target galley_wasm --parallel 2

package="$build/package"
rm -rf "$package"
mkdir -p "$package/dist"
cp -r bindings/js/src bindings/js/package.json "$package/"
cp "$build/wasm/galley-fast.mjs" "$build/wasm/galley-fast.wasm" "$package/dist/"
node --import ./tests/wasm_soak/as_worker.mjs tests/wasm_soak/soak.mjs --package "$package" "$@"
