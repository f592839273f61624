#!/usr/bin/env bash
# Installs the Debian packages Galley builds and tests with (run as root on Debian 12).
#   bash scripts/setup-system.sh            everything: native, WebAssembly, browser tests, hardening
#   bash scripts/setup-system.sh --native   only what the native library and the galley tool need
# Idempotent: when nothing is missing it installs nothing and runs no apt-get update.
set -euo pipefail

native=(cmake g++ make pkg-config ca-certificates dpkg-dev nlohmann-json3-dev catch2 nodejs
        iso-codes tzdata)  # place names for entity recognition (cmake/GeneratePlaceNames.cmake)
packages=("${native[@]}" ninja-build git libmd4c-dev emscripten npm
          clang-14 libclang-rt-14-dev lld-14 chromium libmd4c-html0-dev valgrind
          parallel python3-distributed  # the batch pipeline examples (examples/)
          fonts-ipafont-gothic)         # Japanese text in browser screenshots
if [ "${1:-}" = --native ]; then packages=("${native[@]}"); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" && continue
  # nodejs/npm may already come from elsewhere; only install them if node is absent.
  case "$p" in nodejs|npm) command -v node >/dev/null && command -v npm >/dev/null && continue ;; esac
  missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
